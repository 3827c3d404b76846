--TEST--
Server: every package_length_type letter (pack()'s c C s S n v l L N V q Q J P) at a length offset of 2, with the body after the field; two packets in one write and one split inside its length field
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$sizes = ['c' => 1, 'C' => 1, 's' => 2, 'S' => 2, 'n' => 2, 'v' => 2, 'l' => 4, 'L' => 4,
    'N' => 4, 'V' => 4, 'q' => 8, 'Q' => 8, 'J' => 8, 'P' => 8];
foreach ($sizes as $type => $size) {
    wserver_test_run(function (int $port, string $dir) use ($type, $size) {
        $server = new WServer\Server('127.0.0.1', $port);
        $server->set(['worker_num' => 1, 'open_length_check' => true, 'package_length_type' => $type,
            'package_length_offset' => 2, 'package_body_offset' => 2 + $size, 'log_file' => "$dir/server.log"]);
        $server->on('receive', function ($server, $fd, $r, $data) use ($size) {
            $server->send($fd, substr($data, 2 + $size) . "\n");
        });
        $server->start();
    }, function (int $port, string $dir) use ($type) {
        $packet = fn (string $body) => 'HD' . pack($type, strlen($body)) . $body;
        $c = wserver_test_connect($port);
        fwrite($c, $packet('first') . $packet('second'));
        $a = trim(wserver_test_line($c)) . ' ' . trim(wserver_test_line($c));
        $p = $packet(str_repeat('t', 100));
        fwrite($c, substr($p, 0, 3));
        usleep(50000);
        fwrite($c, substr($p, 3));
        $b = strlen(trim(wserver_test_line($c)));
        echo "$type: $a $b\n";
    });
}
?>
--EXPECT--
c: first second 100
C: first second 100
s: first second 100
S: first second 100
n: first second 100
v: first second 100
l: first second 100
L: first second 100
N: first second 100
V: first second 100
q: first second 100
Q: first second 100
J: first second 100
P: first second 100
