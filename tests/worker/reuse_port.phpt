--TEST--
Worker: reusePort gives each worker its own SO_REUSEPORT socket on the same port
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
    $w->count = 2;
    $w->reusePort = true;
    $w->onMessage = fn ($c, $d) => $c->send("{$w->id}");
    WServer\Worker::runAll();
}, function (int $port) {
    // both workers listen on their own socket: two LISTEN entries for the port
    wserver_test_wait(function () use ($port) {
        $n = 0;
        foreach (file('/proc/net/tcp') as $line) {
            $f = preg_split('/\s+/', trim($line));
            $n += isset($f[3]) && $f[3] === '0A' && str_ends_with($f[1], sprintf(':%04X', $port));
        }
        return $n === 2;
    });
    $ids = [];
    for ($i = 0; $i < 40 && count($ids) < 2; $i++) {
        $c = wserver_test_connect($port);
        fwrite($c, "x\n");
        $ids[trim(wserver_test_line($c))] = true;
        fclose($c);
    }
    ksort($ids);
    echo implode(',', array_keys($ids)), "\n";
});
?>
--EXPECT--
0,1
