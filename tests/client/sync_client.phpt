--TEST--
Client (Swoole's blocking client): send/recv, length and EOF framing of recv(), MSG_WAITALL, a recv() time-out as EAGAIN, a refused connect, UDP, close; Swoole\Client under wserver.aliases
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use WServer\Client;

$udp = wserver_test_free_port();
wserver_test_run(function (int $port) use ($udp) {
    $w = new WServer\Worker("tcp://127.0.0.1:$port");
    $w->onMessage = function ($c, string $d) {
        // each command is one line; the answers are written in one piece each
        foreach (explode("\n", trim($d)) as $cmd) {
            match ($cmd) {
                'echo' => $c->send('echo:' . strlen($d)),
                'length' => $c->send(pack('N', 3) . 'one' . pack('N', 5) . 'three' . pack('N', 2) . 'tw'),
                'eof' => $c->send("alpha\r\nbeta\r\ngam"),
                'eof-end' => $c->send("ma\r\n"),
                'big' => $c->send(str_repeat('x', 300000)),
                'silent' => null,
                'bye' => $c->close('bye'),
            };
        }
    };
    $u = new WServer\Worker("udp://127.0.0.1:$udp");
    $u->onMessage = fn ($c, $d) => $c->send("udp:$d");
    WServer\Worker::runAll();
}, function (int $port) use ($udp) {
    $c = new Client(WSERVER_SOCK_TCP, WSERVER_SOCK_SYNC);
    var_dump($c->connect('127.0.0.1', $port, 2), $c->isConnected(), $c->sock > 0);
    echo 'send: ', $c->send("echo\n"), ', recv: ', $c->recv(), "\n";

    $c->send("big\n");
    echo 'MSG_WAITALL: ', strlen($c->recv(300000, Client::MSG_WAITALL)), " bytes\n";

    $c->set(['open_length_check' => true, 'package_length_type' => 'N', 'package_length_offset' => 0, 'package_body_offset' => 4]);
    $c->send("length\n");
    for ($i = 0; $i < 3; $i++) {
        echo 'length package: ', substr($c->recv(), 4), "\n";
    }

    $c->set(['open_length_check' => false, 'open_eof_split' => true, 'package_eof' => "\r\n"]);
    $c->send("eof\n");
    echo 'eof package: ', json_encode($c->recv()), "\n", 'eof package: ', json_encode($c->recv()), "\n";
    $c->send("eof-end\n");
    echo 'eof package: ', json_encode($c->recv()), "\n";

    $c->set(['open_eof_split' => false, 'timeout' => 0.3]);
    $c->send("silent\n");
    $t = microtime(true);
    var_dump($c->recv());
    echo 'time-out: errCode ', $c->errCode, ' (', $c->errCode === SOCKET_EAGAIN ? 'EAGAIN' : 'other', '), waited ', microtime(true) - $t >= 0.25 ? 'yes' : 'no', "\n";

    $c->send("bye\n");
    echo 'before close: ', $c->recv(), ', then: ', json_encode($c->recv()), "\n";
    var_dump($c->close(), $c->isConnected(), $c->sock, $c->send('x'), $c->errCode === SOCKET_ENOTCONN);

    $free = wserver_test_free_port();
    $r = new Client(WSERVER_SOCK_TCP);
    var_dump($r->connect('127.0.0.1', $free), $r->errCode === SOCKET_ECONNREFUSED, $r->errMsg);

    $u = new Client(WSERVER_SOCK_UDP);
    var_dump($u->connect('127.0.0.1', $udp, 2));
    $u->send('ping');
    echo $u->recv(), "\n";
    var_dump($u->sendto('127.0.0.1', $udp, 'to'));

    try {
        new Client(WSERVER_SOCK_TCP, WSERVER_SOCK_ASYNC);
    } catch (ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
    $bad = new Client(WSERVER_SOCK_TCP);
    var_dump(@$bad->set(['open_eof_check' => true]));

    $cmd = wserver_test_php() . ' -d wserver.aliases=swoole -r ' . escapeshellarg(
        '$c = new Swoole\Client(1, 0); echo get_class($c), " ", $c->connect("127.0.0.1", ' . $port . ', 1) ? "connected" : "failed", "\n";'
    ) . ' 2>&1';
    echo shell_exec($cmd);
});
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
send: 5, recv: echo:5
MSG_WAITALL: 300000 bytes
length package: one
length package: three
length package: tw
eof package: "alpha\r\n"
eof package: "beta\r\n"
eof package: "gamma\r\n"
bool(false)
time-out: errCode 11 (EAGAIN), waited yes
before close: bye, then: ""
bool(true)
bool(false)
int(-1)
bool(false)
bool(true)
bool(false)
bool(true)
string(18) "Connection refused"
bool(true)
udp:ping
bool(true)
ValueError: WServer\Client::__construct(): Argument #2 ($async) must be WSERVER_SOCK_SYNC: the asynchronous client is Connection\AsyncTcpConnection or Coroutine\Client
bool(false)
Swoole\Client connected
