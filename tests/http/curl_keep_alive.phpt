--TEST--
HTTP: curl with two URLs reuses one keep-alive connection; with Connection: close it connects twice
--EXTENSIONS--
wserver
pcntl
posix
--SKIPIF--
<?php if (!is_executable('/usr/bin/curl')) die('skip /usr/bin/curl missing'); ?>
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port) {
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->onMessage = fn ($c, $req) => $c->send("conn={$c->id} {$req->uri()}");
    WServer\Worker::runAll();
}, function (int $port) {
    $fmt = ' connects=%{num_connects} %{http_code}\n';
    foreach ([[], ['-H', 'Connection: close']] as $extra) {
        $out = wserver_test_curl(array_merge($extra, ['-w', $fmt, "http://127.0.0.1:$port/one", "http://127.0.0.1:$port/two"]));
        preg_match_all('/^conn=(\d+) (\S+) connects=(\d) (\d+)$/m', $out, $m, PREG_SET_ORDER) === 2 or exit("unexpected: $out\n");
        echo $extra ? 'Connection: close' : 'keep-alive', ': ';
        echo "{$m[0][2]} {$m[0][4]} connects={$m[0][3]}, {$m[1][2]} {$m[1][4]} connects={$m[1][3]}, ";
        echo $m[0][1] === $m[1][1] ? 'same connection' : 'two connections', "\n";
    }
});
?>
--EXPECT--
keep-alive: /one 200 connects=1, /two 200 connects=0, same connection
Connection: close: /one 200 connects=1, /two 200 connects=1, two connections
