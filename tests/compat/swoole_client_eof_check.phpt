--TEST--
wserver.aliases=swoole: with open_eof_check a client's recv() (Swoole\Client, Swoole\Coroutine\Client) returns one package up to the first package_eof even when several arrived together, keeping the rest for the next recv(), as Swoole's clients do
--EXTENSIONS--
wserver
--INI--
wserver.aliases=swoole
--FILE--
<?php
$srv = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$port = (int) substr(strrchr(stream_socket_get_name($srv, false), ':'), 1);
$settings = ['open_eof_check' => true, 'package_eof' => "\r\n\r\n"];

$c = new Swoole\Client(SWOOLE_SOCK_TCP, SWOOLE_SOCK_SYNC);
$c->set($settings);
var_dump($c->connect('127.0.0.1', $port, 5));
$conn = stream_socket_accept($srv, 5);
fwrite($conn, "one\r\n\r\ntwo\r\n\r\nthr");
usleep(100000);
var_dump($c->recv(), $c->recv());
fwrite($conn, "ee\r\n\r\n");
var_dump($c->recv());
fclose($conn);

Co\run(function () use ($srv, $port, $settings) {
    $c = new Swoole\Coroutine\Client(SWOOLE_SOCK_TCP);
    $c->set($settings);
    var_dump($c->connect('127.0.0.1', $port, 5));
    $conn = stream_socket_accept($srv, 5);
    fwrite($conn, "four\r\n\r\nfive\r\n\r\n");
    Co::sleep(0.1);
    var_dump($c->recv(5), $c->recv(5));
});
?>
--EXPECT--
bool(true)
string(7) "one

"
string(7) "two

"
string(9) "three

"
bool(true)
string(8) "four

"
string(8) "five

"
