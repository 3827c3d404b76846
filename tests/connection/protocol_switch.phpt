--TEST--
Protocols: a user class's input() consumes a head with consumeRecvBuffer() and switches $connection->protocol to another class mid-connection (phpsocket.io's pattern); the next bytes, already read or not, are framed by that class; an AsyncTcpConnection to "len16://" uses the user class both ways
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
namespace Protocols {
    /* A head line "HELLO <name>\n" handled in input() itself, then 2-byte length packages. */
    class Greet
    {
        public static function input(string $buffer, $connection): int
        {
            $pos = strpos($buffer, "\n");
            if ($pos === false) {
                return 0;
            }
            $connection->name = substr($buffer, 6, $pos - 6);
            $connection->consumeRecvBuffer($pos + 1);
            $connection->protocol = 'Protocols\Len16';
            $connection->send("welcome {$connection->name}"); // encoded by Len16 now
            return 0;
        }

        public static function decode(string $buffer, $connection): string
        {
            return $buffer;
        }

        public static function encode(mixed $data, $connection): string
        {
            return $data;
        }
    }

    class Len16
    {
        public static function input(string $buffer, $connection): int
        {
            return strlen($buffer) < 2 ? 0 : unpack('n', $buffer)[1] + 2;
        }

        public static function decode(string $buffer, $connection): string
        {
            return substr($buffer, 2);
        }

        public static function encode(mixed $data, $connection): string
        {
            return pack('n', strlen($data)) . $data;
        }
    }
}

namespace {
    require __DIR__ . '/../include/server.inc';
    $client = wserver_test_free_port();
    wserver_test_run(function (int $port) use ($client) {
        $w = new WServer\Worker("greet://127.0.0.1:$port");
        $w->onMessage = fn ($c, $data) => $c->send("{$c->name}: " . strtoupper($data) . ' via ' . $c->protocol);
        // a worker whose AsyncTcpConnection speaks len16:// to the first worker
        $v = new WServer\Worker("text://127.0.0.1:$client");
        $v->onMessage = function ($c, $line) use ($port) {
            $a = new WServer\Connection\AsyncTcpConnection("len16://127.0.0.1:$port");
            $a->onConnect = fn ($a) => $a->send("HELLO async\n", true);
            $got = [];
            $a->onMessage = function ($a, $data) use ($c, $line, &$got) {
                $got[] = $data;
                if (count($got) === 1) {
                    $a->send($line); // framed by Len16::encode()
                    return;
                }
                $c->send($a->protocol . ' | ' . implode(' | ', $got));
                $a->close();
            };
            $a->connect();
        };
        WServer\Worker::runAll();
    }, function (int $port) use ($client) {
        $c = wserver_test_connect($port);
        // the head and a first package in one write: framed after the switch, unread yet
        fwrite($c, "HELLO ann\n" . pack('n', 3) . 'abc' . pack('n', 2));
        for ($i = 0; $i < 2; $i++) {
            $n = unpack('n', wserver_test_read($c, 2))[1];
            echo wserver_test_read($c, $n), "\n";
        }
        fwrite($c, 'de'); // the rest of the second package, later
        $n = unpack('n', wserver_test_read($c, 2))[1];
        echo wserver_test_read($c, $n), "\n";
        wserver_test_wait(fn () => wserver_test_listening($client));
        $d = wserver_test_connect($client);
        fwrite($d, "ping\n");
        echo wserver_test_line($d);
    });
}
?>
--EXPECT--
welcome ann
ann: ABC via Protocols\Len16
ann: DE via Protocols\Len16
\Protocols\Len16 | welcome async | async: PING via Protocols\Len16
