--TEST--
Worker: listen() inside a worker process throws WServer\Exception naming the socket and why (a port in use, an unknown scheme, udp://); outside a worker process it does nothing (runAll() binds)
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port) {
    $w = new WServer\Worker("text://127.0.0.1:$port");
    $w->onMessage = function ($c) use ($port) {
        $out = [];
        foreach (["text://127.0.0.1:$port", 'nosuch://127.0.0.1:9', 'udp://127.0.0.1:0'] as $name) {
            try {
                (new WServer\Worker($name))->listen();
                $out[] = "$name: listening";
            } catch (WServer\Exception $e) {
                $out[] = $e->getMessage();
            }
        }
        $c->send(str_replace((string) $port, 'PORT', implode(' | ', $out)));
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $c = wserver_test_connect($port);
    fwrite($c, "go\n");
    echo implode("\n", explode(' | ', wserver_test_line($c)));
});
// here, after the server (a Worker made before it would be one runAll() serves)
$free = wserver_test_free_port();
(new WServer\Worker("text://127.0.0.1:$free"))->listen();
echo 'outside a worker: nothing bound: ', json_encode(wserver_test_port_free($free)), "\n";
?>
--EXPECT--
cannot listen on text://127.0.0.1:PORT: Address already in use
cannot listen on nosuch://127.0.0.1:9: unsupported scheme "nosuch" in "nosuch://127.0.0.1:9": no built-in protocol nor class Protocols\Nosuch
cannot listen on udp://127.0.0.1:0 inside a worker process: only stream sockets of a Worker can
outside a worker: nothing bound: true
