--TEST--
Worker: a scheme's protocol class is found as Workerman finds it: \Protocols\Name first, then \Workerman\Protocols\Name; a $protocol class set in a subclass's run() (GatewayWorker's Register) frames that worker's connections
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
namespace Protocols {
    class Both
    {
        public static function input(string $b, $c): int { $p = strpos($b, "\n"); return $p === false ? 0 : $p + 1; }
        public static function decode(string $b, $c): string { return 'Protocols\Both:' . trim($b); }
        public static function encode(mixed $d, $c): string { return "$d\n"; }
    }
}

namespace Workerman\Protocols {
    class Both
    {
        public static function input(string $b, $c): int { return strlen($b); }
        public static function decode(string $b, $c): string { return 'the wrong one'; }
        public static function encode(mixed $d, $c): string { return "$d\n"; }
    }

    class Upper
    {
        public static function input(string $b, $c): int { $p = strpos($b, "\n"); return $p === false ? 0 : $p + 1; }
        public static function decode(string $b, $c): string { return strtoupper(trim($b)); }
        public static function encode(mixed $d, $c): string { return "$d\n"; }
    }
}

namespace {
    require __DIR__ . '/../include/server.inc';

    class Len8
    {
        public static function input(string $b, $c): int { return strlen($b) < 1 ? 0 : ord($b[0]) + 1; }
        public static function decode(string $b, $c): string { return substr($b, 1); }
        public static function encode(mixed $d, $c): string { return chr(strlen($d)) . $d; }
    }

    class RegisterLike extends WServer\Worker
    {
        public function run(): void
        {
            $this->protocol = '\Len8';          // set in the worker process, before parent::run()
            $this->onMessage = fn ($c, $d) => $c->send("len8 got $d via {$c->protocol}");
            parent::run();
        }
    }

    $ports = [wserver_test_free_port(), wserver_test_free_port()];
    wserver_test_run(function (int $port) use ($ports) {
        $a = new WServer\Worker("both://127.0.0.1:$port");
        $a->onMessage = fn ($c, $d) => $c->send("$d via {$c->protocol}");
        $b = new WServer\Worker("upper://127.0.0.1:{$ports[0]}");
        $b->onMessage = fn ($c, $d) => $c->send("$d via {$c->protocol}");
        new RegisterLike("tcp://127.0.0.1:{$ports[1]}");
        WServer\Worker::runAll();
    }, function (int $port) use ($ports) {
        $c = wserver_test_connect($port);
        fwrite($c, "hi\n");
        echo wserver_test_line($c);
        wserver_test_wait(fn () => wserver_test_listening($ports[0]) && wserver_test_listening($ports[1]));
        $c = wserver_test_connect($ports[0]);
        fwrite($c, "shout\n");
        echo wserver_test_line($c);
        $c = wserver_test_connect($ports[1]);
        fwrite($c, chr(5) . 'hello' . chr(2));
        usleep(50000);
        fwrite($c, 'ok');
        $r = wserver_test_read($c, 1);
        echo wserver_test_read($c, ord($r)), "\n";
        $r = wserver_test_read($c, 1);
        echo wserver_test_read($c, ord($r)), "\n";
    });
}
?>
--EXPECT--
Protocols\Both:hi via Protocols\Both
SHOUT via Workerman\Protocols\Upper
len8 got hello via \Len8
len8 got ok via \Len8
