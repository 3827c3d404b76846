<?php
/*
 * HTTPS and wss on one worker group, plus plain HTTP on 8480 that sends browsers over. The
 * certificate: any PEM pair; for a try, a self-signed one made beside this file:
 *
 *   openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=localhost \
 *       -keyout examples/key.pem -out examples/cert.pem
 *   php -d extension=modules/wserver.so examples/https.php start
 *   curl --cacert examples/cert.pem https://localhost:8443/
 *   php -d extension=modules/wserver.so examples/https.php reload    # after replacing the files
 */
use WServer\Worker;

$ssl = ['ssl' => ['local_cert' => __DIR__ . '/cert.pem', 'local_pk' => __DIR__ . '/key.pem']];

$https = new Worker('http://0.0.0.0:8443', $ssl);
$https->transport = 'ssl';
$https->onMessage = fn ($c, $req) => $c->send("hello over TLS, you asked for {$req->path()}\n");

$wss = new Worker('websocket://0.0.0.0:8444', $ssl);
$wss->transport = 'ssl';
$wss->onMessage = fn ($c, $data) => $c->send("echo: $data");

$plain = new Worker('http://0.0.0.0:8480');
$plain->onMessage = function ($c, $req) {
    $host = explode(':', $req->host())[0];
    $c->send(new WServer\Protocols\Http\Response(301, ['Location' => "https://$host:8443{$req->uri()}"]));
};

Worker::runAll();
