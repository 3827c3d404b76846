--TEST--
Worker: unlisten() and listen() of the Worker a process serves (new connections wait meanwhile); stop() inside a worker process: the Worker's onWorkerStop runs, its socket is closed there and its connections close, the process goes on serving its other Worker
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$inner = wserver_test_free_port();
wserver_test_run(function (int $port, string $dir) use ($inner) {
    $w = new WServer\Worker("text://127.0.0.1:$port");
    $w->onWorkerStart = function ($w) use ($inner, $dir) {
        $in = new WServer\Worker("text://127.0.0.1:$inner");
        $in->onMessage = function ($c, $d) use ($w) {
            match ($d) {
                'unlisten main' => $w->unlisten(),
                'listen main' => $w->listen(),
                default => null,
            };
            $c->send("inner: $d");
        };
        $in->onWorkerStop = function ($in) use ($dir) {
            file_put_contents("$dir/stopped", 'onWorkerStop of ' . $in->getSocketName());
        };
        $in->listen();
        $w->onMessage = function ($c, $d) use ($in, $dir) {
            $before = json_encode($in->stopping);
            $in->stop();
            $c->send(@file_get_contents("$dir/stopped") . ', connections left: ' . count($in->connections)
                . ", stopping $before then " . json_encode($in->stopping));
        };
    };
    WServer\Worker::runAll();
}, function (int $port) use ($inner) {
    wserver_test_wait(fn () => wserver_test_listening($inner));
    $a = wserver_test_connect($inner);
    fwrite($a, "one\n");
    echo wserver_test_line($a);
    fwrite($a, "unlisten main\n");
    echo wserver_test_line($a);
    $c = wserver_test_connect($port);       // into the backlog: the master holds the socket
    fwrite($c, "stop it\n");
    echo 'while unlistened: ', json_encode(wserver_test_line($c, 0.5)), "\n";
    fwrite($a, "listen main\n");
    echo wserver_test_line($a);
    echo 'after listen: ', wserver_test_line($c);
    echo 'its connection closed: ', json_encode(wserver_test_closed($a)), "\n";
    echo 'its socket closed: ', json_encode(wserver_test_port_free($inner)), "\n";
    fwrite($c, "still serving\n");
    echo wserver_test_line($c);
});
?>
--EXPECTF--
inner: one
inner: unlisten main
while unlistened: false
inner: listen main
after listen: onWorkerStop of text://127.0.0.1:%d, connections left: 0, stopping false then true
its connection closed: true
its socket closed: true
onWorkerStop of text://127.0.0.1:%d, connections left: 0, stopping true then true
