--TEST--
Worker: a user protocol class as in Workerman (input/decode/encode): by scheme (\Protocols\JsonLine for "jsonLine://") and by $protocol; packages split and joined across reads; an input() that returns no length closes only that connection
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
namespace Protocols {
    class JsonLine
    {
        public static function input(string $buffer, $connection): int
        {
            if (str_starts_with($buffer, 'BAD')) {
                return -1;
            }
            $pos = strpos($buffer, "\n");
            return $pos === false ? 0 : $pos + 1;
        }

        public static function decode(string $buffer, $connection): mixed
        {
            return json_decode(trim($buffer), true);
        }

        public static function encode(mixed $data, $connection): string
        {
            return json_encode($data) . "\n";
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
    $second = wserver_test_free_port();
    wserver_test_run(function (int $port) use ($second) {
        $w = new WServer\Worker("jsonLine://127.0.0.1:$port");
        $w->onMessage = fn ($c, $data) => $c->send(['got' => $data, 'protocol' => $c->protocol]);
        $v = new WServer\Worker("tcp://127.0.0.1:$second");
        $v->protocol = 'Protocols\Len16';
        $v->onMessage = fn ($c, $data) => $c->send(strtoupper($data));
        WServer\Worker::runAll();
    }, function (int $port) use ($second) {
        $c = wserver_test_connect($port);
        fwrite($c, '{"a":1}' . "\n" . '{"b":');     // one and a half
        echo wserver_test_line($c);
        fwrite($c, "[2,3]}\n");
        echo wserver_test_line($c);
        $bad = wserver_test_connect($port);
        fwrite($bad, "BAD\n");
        echo 'bad input closed: ', json_encode(wserver_test_closed($bad)), "\n";
        fwrite($c, "\"still here\"\n");
        echo wserver_test_line($c);
        wserver_test_wait(fn () => wserver_test_listening($second));
        $d = wserver_test_connect($second);
        fwrite($d, pack('n', 5) . 'hello' . pack('n', 3));
        usleep(50000);
        fwrite($d, 'abc');
        echo json_encode(wserver_test_read($d, 7 + 5)), "\n";
    });
}
?>
--EXPECT--
{"got":{"a":1},"protocol":"Protocols\\JsonLine"}
{"got":{"b":[2,3]},"protocol":"Protocols\\JsonLine"}
bad input closed: true
{"got":"still here","protocol":"Protocols\\JsonLine"}
"\u0000\u0005HELLO\u0000\u0003ABC"
