--TEST--
Coroutine\Server: a coroutine per connection, recv() of what arrived or of packages framed by set() (open_length_check), send(), close(), exportSocket(), shutdown() ends start() and start() accepts again; port 0; a port in use; Swoole's names
--EXTENSIONS--
wserver
sockets
--FILE--
<?php
use WServer\Coroutine;
use WServer\Coroutine\Server;
use WServer\Coroutine\Server\Connection;
use WServer\Coroutine\Socket;

Coroutine\run(function () {
    $clientDone = new Coroutine\Channel(1);
    $server = new Server('127.0.0.1', 0);
    var_dump($server->port > 0, $server->type === AF_INET, $server->fd > 0);
    $served = 0;
    $server->handle(function (Connection $conn) use ($server, &$served) {
        $served++;
        var_dump($conn->exportSocket() instanceof Socket);
        while (($data = $conn->recv(2)) !== '' && $data !== false) {
            if ($data === 'stop') {
                $conn->send("stopping\n");
                $server->shutdown();
                break;
            }
            $conn->send("got [$data]\n");
        }
        $conn->close();
    });
    $port = $server->port;
    WServer\go(function () use ($port, $clientDone) {
        $clients = [];
        foreach ([1, 2] as $i) {
            $c = new Socket(AF_INET, SOCK_STREAM);
            $c->connect('127.0.0.1', $port);
            $clients[$i] = $c;
        }
        foreach ($clients as $i => $c) {
            $c->send("hello $i");
            echo $c->recv();
        }
        $clients[1]->close();
        $clients[2]->send('stop');
        $clientDone->push($clients[2]->recv());
    });
    $started = $server->start();
    echo $clientDone->pop(2);
    var_dump($started);
    echo "served $served\n";

    echo "-- framing\n";
    $server = new Server('127.0.0.1', 0);
    $server->set(['open_length_check' => true, 'package_length_type' => 'N', 'package_length_offset' => 0, 'package_body_offset' => 4]);
    $server->handle(function (Connection $conn) use ($server) {
        while (($pkg = $conn->recv(2)) !== '' && $pkg !== false) {
            $conn->send(substr($pkg, 4) . "\n");
        }
        $server->shutdown();
    });
    $port = $server->port;
    WServer\go(function () use ($port) {
        $c = new Socket(AF_INET, SOCK_STREAM);
        $c->connect('127.0.0.1', $port);
        // three packages in one write, the last one split across two
        $lines = function (int $n) use ($c) {
            $got = '';
            while (substr_count($got, "\n") < $n && ($d = $c->recv(65536, 2)) !== '' && $d !== false) {
                $got .= $d;
            }
            return $got;
        };
        $c->send(pack('N', 3) . 'one' . pack('N', 3) . 'two' . pack('N', 5) . 'th');
        echo $lines(2);
        $c->send('ree');
        echo $lines(1);
        $c->close();
    });
    $server->start();

    echo "-- start() again after shutdown()\n";
    $server = new Server('127.0.0.1', 0);
    $server->handle(function (Connection $conn) use ($server) {
        $conn->send('served');
        $conn->close();
        $server->shutdown();
    });
    foreach ([1, 2] as $round) {
        $got = new Coroutine\Channel(1);
        WServer\go(function () use ($server, $got) {
            $c = new Socket(AF_INET, SOCK_STREAM);
            $c->connect('127.0.0.1', $server->port);
            $got->push($c->recv(65536, 2));
        });
        $started = $server->start();
        echo "round $round: ", var_export($started, true), ' ', $got->pop(2), "\n";
    }

    echo "-- errors\n";
    $busy = new Server('127.0.0.1', 0);
    try {
        new Server('127.0.0.1', $busy->port);
    } catch (WServer\Exception $e) {
        echo $e->getMessage() === "bind(127.0.0.1:{$busy->port}) failed: Address already in use" ? "in use\n" : $e->getMessage();
    }
    var_dump($busy->start(), $busy->errCode === SOCKET_EINVAL);
});
echo "-- Swoole's names\n";
$code = 'go(function () { $s = new Co\Server("127.0.0.1", 0); var_dump($s instanceof Swoole\Coroutine\Server, class_exists("Co\Server\Connection")); });';
echo shell_exec(escapeshellarg(PHP_BINARY) . ' ' . (getenv('WSERVER_TEST_PHP_ARGS') ?: '') . ' -d wserver.aliases=swoole -r ' . escapeshellarg($code) . ' 2>&1');
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
got [hello 1]
got [hello 2]
stopping
bool(true)
served 2
-- framing
one
two
three
-- start() again after shutdown()
round 1: true served
round 2: true served
-- errors
in use
bool(false)
bool(true)
-- Swoole's names
bool(true)
bool(true)
