--TEST--
wserver.aliases=swoole: Coroutine\Socket::recv() (and recvAll()) with a length below 1 (a timeout passed first, recv(0.5)) read up to the default 65536 bytes, as Swoole; a length above 1 GB is still an error
--EXTENSIONS--
wserver
--INI--
wserver.aliases=swoole
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
Co\run(function () {
    $srv = new Swoole\Coroutine\Socket(AF_INET, SOCK_STREAM, IPPROTO_IP);
    $srv->bind('127.0.0.1');
    $srv->listen();
    $port = $srv->getsockname()['port'];
    go(function () use ($srv) {
        $conn = $srv->accept(5);
        var_dump($conn->recv(0.5));     // float 0.5 becomes length 0: the default size
        var_dump($conn->recv(0, 5));
        $conn->send("world\n");
        $conn->close();
    });
    $c = new Swoole\Coroutine\Socket(AF_INET, SOCK_STREAM, IPPROTO_IP);
    var_dump($c->connect('127.0.0.1', $port, 5));
    $c->send('hello');
    Co::sleep(0.1);
    $c->send('again');
    echo $c->recv(-1, 5);
    try {
        $c->recv(2 * 1024 * 1024 * 1024);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
});
?>
--EXPECT--
bool(true)
string(5) "hello"
string(5) "again"
world
Swoole\Coroutine\Socket::recv(): Argument #1 ($length) must be between 1 and 1073741824
