--TEST--
Coroutine\Socket and Client in run(): refused, connect and recv time-outs, names, close() waking a reader, use outside a coroutine, bad arguments
--EXTENSIONS--
wserver
sockets
--FILE--
<?php
use WServer\Coroutine;
use WServer\Coroutine\{Client, Socket};
use function WServer\go;

// a listener that never accepts, its backlog full: further SYNs are dropped, so connect() waits
$full = new Socket(AF_INET, SOCK_STREAM);
$full->bind('127.0.0.1');
$full->listen(0);
$fullPort = $full->getsockname()['port'];
$stuck = [];

Coroutine\run(function () use ($fullPort, &$stuck) {
    $c = new Client(WSERVER_SOCK_TCP);
    $closed = new Socket(AF_INET, SOCK_STREAM);   // bound, not listening: refused
    $closed->bind('127.0.0.1');
    $refusedPort = $closed->getsockname()['port'];
    var_dump($c->connect('127.0.0.1', $refusedPort, 1), $c->errCode === SOCKET_ECONNREFUSED, $c->errMsg, $c->isConnected());

    // fill the backlog, then a connect times out
    for ($i = 0; $i < 3; $i++) {
        $s = new Socket(AF_INET, SOCK_STREAM);
        $s->connect('127.0.0.1', $fullPort, 0.3);
        $stuck[] = $s;
    }
    $t = microtime(true);
    $c->set(['connect_timeout' => 0.3]);
    $ok = $c->connect('127.0.0.1', $fullPort);
    $took = microtime(true) - $t;
    var_dump($ok, $c->errCode === SOCKET_ETIMEDOUT, $c->errMsg);
    echo 'waited about connect_timeout: ', $took >= 0.28 && $took < 3 ? 'yes' : "no ($took)", "\n";

    // Coroutine::resume() of a coroutine waiting in a socket call only makes it look again
    $res = null;
    $cid = go(function () use ($fullPort, &$res) {
        $s = new Socket(AF_INET, SOCK_STREAM);
        $res = [$s->connect('127.0.0.1', $fullPort, 0.3), $s->errCode === SOCKET_ETIMEDOUT];
    });
    var_dump(Coroutine::resume($cid), $res);
    Coroutine::sleep(0.5);
    var_dump($res);

    // a server that accepts and never answers: recv() times out, the connection stays usable
    $srv = new Socket(AF_INET, SOCK_STREAM);
    $srv->bind('127.0.0.1');
    $srv->listen();
    $port = $srv->getsockname()['port'];
    go(function () use ($srv) {
        $conn = $srv->accept(5);
        $line = $conn->recvAll(5, 5);      // "late\n" arrives after the client's time-out
        $conn->sendAll("got $line");
        $conn->close();
    });
    $c = new Client(WSERVER_SOCK_TCP);
    var_dump($c->connect('localhost', $port, 2));   // a name: resolved off the loop
    var_dump($c->getpeername() === ['address' => '127.0.0.1', 'port' => $port], $c->getsockname()['address']);
    $t = microtime(true);
    var_dump($c->recv(0.2), $c->errCode === SOCKET_ETIMEDOUT, $c->errMsg);
    var_dump($c->send("late\n"));
    var_dump($c->recv(5));
    var_dump($c->recv(5), $c->errCode);            // "" once the server closed
    $c->close();
    var_dump($c->isConnected(), $c->send('x'), $c->errCode === SOCKET_ENOTCONN);

    // close() from another coroutine wakes a reader with ECONNABORTED
    $u = new Socket(AF_UNIX, SOCK_STREAM);
    $path = sys_get_temp_dir() . '/wserver-csock-' . getmypid() . '.sock';
    @unlink($path);
    $l = new Socket(AF_UNIX, SOCK_STREAM);
    var_dump($l->bind($path), $l->listen());
    $big = str_repeat('0123456789abcdef', 256 * 1024);   // 4 MB: far more than the socket buffers
    go(function () use ($l, $big) {
        $peer = $l->accept(2);
        $peer->sendAll('unix hello');
        $got = $peer->recvAll(strlen($big), 5);           // sendAll() below waits for this reader
        $peer->sendAll($got === $big ? 'all 4 MB arrived' : 'damaged: ' . strlen($got));
        Coroutine::sleep(0.5);
    });
    var_dump($u->connect($path, 0, 1), $u->recv(100, 1));
    var_dump($u->sendAll($big, 5), $u->recv(100, 5));
    go(function () use ($u) {
        Coroutine::sleep(0.05);
        var_dump($u->recv(100, 0.1), $u->errCode === SOCKET_EBUSY);   // one reader at a time
        $u->close();
    });
    var_dump($u->recv(100, 2), $u->errCode === SOCKET_ECONNABORTED, $u->isClosed());
    @unlink($path);
});

try {
    (new Client(WSERVER_SOCK_TCP))->connect('127.0.0.1', 1);
} catch (WServer\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    (new Socket(AF_INET, SOCK_STREAM))->recv();
} catch (WServer\Exception $e) {
    echo $e->getMessage(), "\n";
}
foreach ([fn () => new Socket(99, SOCK_STREAM), fn () => new Socket(AF_INET, 99), fn () => new Client(42)] as $bad) {
    try {
        $bad();
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
$c = new Client(WSERVER_SOCK_TCP);
var_dump($c->set(['timeout' => 'soon', 'bogus' => 1, 'read_timeout' => 1.5]));
var_dump($c->setting);
?>
--EXPECTF--
bool(false)
bool(true)
string(18) "Connection refused"
bool(false)
bool(false)
bool(true)
string(20) "Connection timed out"
waited about connect_timeout: yes
bool(true)
NULL
array(2) {
  [0]=>
  bool(false)
  [1]=>
  bool(true)
}
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(false)
bool(true)
string(20) "Connection timed out"
int(5)
string(9) "got late
"
string(0) ""
int(0)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
string(10) "unix hello"
int(4194304)
string(16) "all 4 MB arrived"
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
WServer\Exception: WServer\Coroutine\Client::connect() must be called in a coroutine: a worker callback, go() or WServer\Coroutine\run()
WServer\Coroutine\Socket::recv() must be called in a coroutine: a worker callback, go() or WServer\Coroutine\run()
WServer\Coroutine\Socket::__construct(): Argument #1 ($domain) must be AF_INET, AF_INET6 or AF_UNIX
WServer\Coroutine\Socket::__construct(): Argument #2 ($type) must be SOCK_STREAM or SOCK_DGRAM
WServer\Coroutine\Client::__construct(): Argument #1 ($type) must be one of WSERVER_SOCK_TCP, WSERVER_SOCK_TCP6, WSERVER_SOCK_UDP, WSERVER_SOCK_UDP6, WSERVER_SOCK_UNIX_STREAM, WSERVER_SOCK_UNIX_DGRAM, optionally | WSERVER_SSL

Warning: WServer\Coroutine\Client::set(): Option "timeout" must be a number of seconds, string given in %s on line %d

Warning: WServer\Coroutine\Client::set(): Unknown option "bogus" in %s on line %d
bool(false)
array(3) {
  ["timeout"]=>
  string(4) "soon"
  ["bogus"]=>
  int(1)
  ["read_timeout"]=>
  float(1.5)
}
