--TEST--
Coroutine\Socket and Client over UDP in run(): sendto/recvfrom between two sockets, a connected UDP Client, recvfrom time-out
--EXTENSIONS--
wserver
sockets
--FILE--
<?php
use WServer\Coroutine;
use WServer\Coroutine\{Client, Socket};
use function WServer\go;

Coroutine\run(function () {
    $server = new Socket(AF_INET, SOCK_DGRAM);
    var_dump($server->bind('127.0.0.1', 0));
    $port = $server->getsockname()['port'];
    go(function () use ($server) {
        for ($i = 0; $i < 2; $i++) {
            $data = $server->recvfrom($peer, 2);     // waits: the clients below send later
            $server->sendto($peer['address'], $peer['port'], "pong:$data");
        }
    });
    $a = new Socket(AF_INET, SOCK_DGRAM);
    var_dump($a->sendto('127.0.0.1', $port, 'one'));
    var_dump($a->recvfrom($from, 2), $from['port'] === $port);

    $c = new Client(WSERVER_SOCK_UDP);
    var_dump($c->connect('127.0.0.1', $port), $c->send('two'), $c->recv(2));

    var_dump($a->recvfrom($from, 0.1), $a->errCode === Socket::ETIMEDOUT);
});
?>
--EXPECT--
bool(true)
int(3)
string(8) "pong:one"
bool(true)
bool(true)
int(3)
string(8) "pong:two"
bool(false)
bool(true)
