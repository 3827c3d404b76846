--TEST--
Server: open_eof_check alone waits until the data received ends with package_eof (up to 8 bytes) and delivers it whole, several messages together when they came together (as Swoole)
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port, string $dir) {
    $server = new WServer\Server('127.0.0.1', $port);
    $server->set([
        'worker_num' => 1,
        'open_eof_check' => true,
        'package_eof' => '#END#',
        'package_max_length' => 64,
        'log_file' => "$dir/server.log",
    ]);
    $server->on('receive', function ($server, $fd, $reactorId, $data) {
        $server->send($fd, json_encode($data) . "\n");
    });
    $server->start();
}, function (int $port, string $dir) {
    $c = wserver_test_connect($port);
    fwrite($c, "one#END#");
    echo wserver_test_line($c);
    fwrite($c, "two#EN");
    usleep(100000);
    fwrite($c, "D#");
    echo "split: ", wserver_test_line($c);
    fwrite($c, "a#END#b#END#");
    echo "two in one write: ", wserver_test_line($c);
    fwrite($c, "c#END#d");
    usleep(100000);
    fwrite($c, "#END#");
    echo "an EOF inside is not the end: ", wserver_test_line($c);
    fwrite($c, str_repeat('y', 80));
    echo "80 bytes without EOF closes: ", wserver_test_closed($c) ? 'yes' : 'no', "\n";
    wserver_test_wait(fn () => str_contains((string) @file_get_contents("$dir/server.log"), 'oversized package'));
    echo "logged: ", str_contains((string) @file_get_contents("$dir/server.log"), 'oversized package (max 64 bytes), closed') ? 'yes' : 'no', "\n";
});
?>
--EXPECT--
"one#END#"
split: "two#END#"
two in one write: "a#END#b#END#"
an EOF inside is not the end: "c#END#d#END#"
80 bytes without EOF closes: yes
logged: yes
