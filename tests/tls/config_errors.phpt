--TEST--
TLS configuration mistakes (missing certificate or key, a key that is no key or does not match, a wrong or missing passphrase, no certificate at all), both APIs: one line naming the option, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
openssl
--SKIPIF--
<?php require __DIR__ . '/../include/tls.inc'; wserver_tls_skip(); ?>
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
require __DIR__ . '/../include/tls.inc';
$d = wserver_test_dir();
[$cert, $key] = wserver_tls_cert($d);
[$cert2, $key2] = wserver_tls_cert($d, 'other');
[$cert3, $key3] = wserver_tls_cert($d, 'locked', ['pass' => 'secret']);
$worker = fn (array $ssl) => '$w = new WServer\Worker("http://127.0.0.1:{PORT}", ["ssl" => ' . var_export($ssl, true) . "]);\n"
    . "\$w->name = 'web';\n\$w->transport = 'ssl';\n\$w->onMessage = fn () => null;\nWServer\\Worker::runAll();\n";
$cases = [
    'missing certificate' => $worker(['local_cert' => "$d/nope.pem", 'local_pk' => $key]),
    'missing key' => $worker(['local_cert' => $cert, 'local_pk' => "$d/nope.key"]),
    'a key that is no key' => $worker(['local_cert' => $cert, 'local_pk' => $cert]),
    'key of another certificate' => $worker(['local_cert' => $cert, 'local_pk' => $key2]),
    'wrong passphrase' => $worker(['local_cert' => $cert3, 'local_pk' => $key3, 'passphrase' => 'guess']),
    'no passphrase' => $worker(['local_cert' => $cert3, 'local_pk' => $key3]),
    'transport ssl without a certificate' => $worker([]),
    'Swoole: missing certificate' => "\$s = new WServer\\Http\\Server('127.0.0.1', {PORT}, WSERVER_BASE, WSERVER_SOCK_TCP | WSERVER_SSL);\n"
        . "\$s->set(['ssl_cert_file' => '$d/nope.pem', 'ssl_key_file' => '$key']);\n\$s->on('request', fn () => null);\n\$s->start();\n",
    'Swoole: a port key of another certificate' => "\$s = new WServer\\Http\\Server('127.0.0.1', {PORT});\n"
        . "\$p = \$s->addListener('127.0.0.1', 0, WSERVER_SOCK_TCP | WSERVER_SSL);\n"
        . "\$p->set(['ssl_cert_file' => '$cert', 'ssl_key_file' => '$key2']);\n\$s->on('request', fn () => null);\n\$s->start();\n",
    'Swoole: WSERVER_SSL without ssl_cert_file' => "\$s = new WServer\\Server('127.0.0.1', {PORT}, WSERVER_BASE, WSERVER_SOCK_TCP | WSERVER_SSL);\n"
        . "\$s->on('receive', fn () => null);\n\$s->start();\n",
];
foreach ($cases as $what => $body) {
    echo "== $what\n";
    ob_start();
    wserver_config_check($body);
    echo str_replace($d, 'CERTS', ob_get_clean());
}
wserver_test_rmdir($d);
?>
--EXPECTF--
== missing certificate
start: exit code 1
WServer[app.php] cannot start: Worker "web": local_cert: certificate CERTS/nope.pem cannot be read: No such file or directory
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: Worker "web": local_cert: certificate CERTS/nope.pem cannot be read: No such file or directory
left: nothing
== missing key
start: exit code 1
WServer[app.php] cannot start: Worker "web": local_pk: key CERTS/nope.key cannot be read: No such file or directory
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: Worker "web": local_pk: key CERTS/nope.key cannot be read: No such file or directory
left: nothing
== a key that is no key
start: exit code 1
WServer[app.php] cannot start: Worker "web": local_pk: CERTS/server.pem holds no PEM private key (%s)
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: Worker "web": local_pk: CERTS/server.pem holds no PEM private key (%s)
left: nothing
== key of another certificate
start: exit code 1
WServer[app.php] cannot start: Worker "web": local_pk: the key in CERTS/other.key does not match the certificate in CERTS/server.pem
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: Worker "web": local_pk: the key in CERTS/other.key does not match the certificate in CERTS/server.pem
left: nothing
== wrong passphrase
start: exit code 1
WServer[app.php] cannot start: Worker "web": passphrase: wrong passphrase for the key in CERTS/locked.key
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: Worker "web": passphrase: wrong passphrase for the key in CERTS/locked.key
left: nothing
== no passphrase
start: exit code 1
WServer[app.php] cannot start: Worker "web": passphrase: the key in CERTS/locked.key is encrypted and no passphrase was given
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: Worker "web": passphrase: the key in CERTS/locked.key is encrypted and no passphrase was given
left: nothing
== transport ssl without a certificate
start: exit code 1
WServer[app.php] cannot start: Worker "web": transport ssl needs a certificate: new Worker($socket, ['ssl' => ['local_cert' => ..., 'local_pk' => ...]])
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: Worker "web": transport ssl needs a certificate: new Worker($socket, ['ssl' => ['local_cert' => ..., 'local_pk' => ...]])
left: nothing
== Swoole: missing certificate
start: exit code 1
WServer[app.php] cannot start: WServer\Http\Server: ssl_cert_file: certificate CERTS/nope.pem cannot be read: No such file or directory
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: WServer\Http\Server: ssl_cert_file: certificate CERTS/nope.pem cannot be read: No such file or directory
left: nothing
== Swoole: a port key of another certificate
start: exit code 1
WServer[app.php] cannot start: WServer\Http\Server::addListener(): ssl_key_file: the key in CERTS/other.key does not match the certificate in CERTS/server.pem
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: WServer\Http\Server::addListener(): ssl_key_file: the key in CERTS/other.key does not match the certificate in CERTS/server.pem
left: nothing
== Swoole: WSERVER_SSL without ssl_cert_file
start: exit code 1
WServer[app.php] cannot start: WServer\Server: WSERVER_SSL on tcp://127.0.0.1:PORT needs ssl_cert_file (and ssl_key_file)
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: WServer\Server: WSERVER_SSL on tcp://127.0.0.1:PORT needs ssl_cert_file (and ssl_key_file)
left: nothing
