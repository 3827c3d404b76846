--TEST--
Worker: a Worker made and listen()ed in onWorkerStart listens in that worker process only, with its own callbacks (set after listen(), as GatewayWorker does) and its own user protocol; unlisten() and listen() again; pauseAccept()/resumeAccept() seen by a client; stop -g waits for its connection's pending reply, then closes it and its socket, and its onWorkerStop runs
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
}

namespace {
    require __DIR__ . '/../include/server.inc';
    $inner = wserver_test_free_port();
    wserver_test_run(function (int $port, string $dir) use ($inner) {
        $w = new WServer\Worker("text://127.0.0.1:$port");
        $w->name = 'outer';
        $w->onConnect = fn ($c) => $c->send('hi from the outer worker');
        $w->onWorkerStart = function ($w) use ($inner, $dir) {
            $in = new WServer\Worker("jsonLine://127.0.0.1:$inner");
            $in->listen();                      // before its callbacks, as GatewayWorker
            $in->name = 'inner';
            $in->onConnect = fn ($c) => $c->send(['hello' => $c->worker->name]);
            $in->onMessage = function ($c, $data) {
                if ($data === 'slow') {
                    WServer\Timer::add(0.3, fn () => $c->send('late reply'), [], false);
                    return;
                }
                $c->send(['pid' => getmypid(), 'got' => $data, 'protocol' => $c->protocol,
                    'connections' => count($c->worker->connections)]);
            };
            $in->onWorkerStop = fn ($in) => file_put_contents("$dir/inner-stop", $in->name
                . ', getGracefulStop ' . json_encode(WServer\Worker::getGracefulStop())
                . ', getStatus SHUTDOWN ' . json_encode(WServer\Worker::getStatus() === WServer\Worker::STATUS_SHUTDOWN));
            $w->onMessage = function ($c, string $line) use ($w, $in) {
                $line = trim($line);
                match ($line) {
                    'pid' => null,
                    'unlisten' => $in->unlisten(),
                    'listen' => $in->listen(),
                    'pause' => $w->pauseAccept(),
                    'resume' => $w->resumeAccept(),
                };
                $c->send($line === 'pid' ? (string) getmypid() : "done $line"); // text:// adds the "\n"
            };
        };
        WServer\Worker::runAll();
    }, function (int $port, string $dir, int $master) use ($inner) {
        $ctl = wserver_test_connect($port);
        echo wserver_test_line($ctl);
        fwrite($ctl, "pid\n");
        $pid = (int) wserver_test_line($ctl);

        wserver_test_wait(fn () => wserver_test_listening($inner));
        $a = wserver_test_connect($inner);
        echo wserver_test_line($a);
        fwrite($a, "[1,2]\n");
        $r = json_decode(wserver_test_line($a), true);
        echo 'served by the worker that listened: ', json_encode($r['pid'] === $pid), "\n";
        unset($r['pid']);
        echo json_encode($r), "\n";

        fwrite($ctl, "unlisten\n");
        echo wserver_test_line($ctl);
        echo 'after unlisten, a new connection: ', json_encode(@stream_socket_client("tcp://127.0.0.1:$inner", $e, $s, 2) !== false), "\n";
        fwrite($a, "\"still open\"\n");
        echo json_decode(wserver_test_line($a), true)['got'], "\n";
        fwrite($ctl, "listen\n");
        echo wserver_test_line($ctl);
        $b = wserver_test_connect($inner);
        echo 'listening again: ', wserver_test_line($b);
        fclose($b);

        fwrite($ctl, "pause\n");
        echo wserver_test_line($ctl);
        $p = wserver_test_connect($port);       // the kernel takes it into the backlog
        echo 'greeting while paused: ', json_encode(wserver_test_line($p, 0.5)), "\n";
        fwrite($ctl, "resume\n");
        echo wserver_test_line($ctl);
        echo 'after resume: ', wserver_test_line($p);

        fwrite($a, "\"slow\"\n");
        usleep(50000);
        posix_kill($master, SIGTERM);           // stop -g
        echo 'pending reply before the close: ', wserver_test_line($a);
        echo 'then closed: ', json_encode(wserver_test_closed($a)), "\n";
        echo 'master gone: ', json_encode(wserver_test_wait(fn () => pcntl_waitpid($master, $st, WNOHANG) !== 0, 8)), "\n";
        echo 'inner socket closed: ', json_encode(wserver_test_port_free($inner)), "\n";
        echo 'inner onWorkerStop: ', @file_get_contents("$dir/inner-stop"), "\n";
    });
}
?>
--EXPECT--
hi from the outer worker
{"hello":"inner"}
served by the worker that listened: true
{"got":[1,2],"protocol":"Protocols\\JsonLine","connections":1}
done unlisten
after unlisten, a new connection: false
still open
done listen
listening again: {"hello":"inner"}
done pause
greeting while paused: false
done resume
after resume: hi from the outer worker
pending reply before the close: "late reply"
then closed: true
master gone: true
inner socket closed: true
inner onWorkerStop: inner, getGracefulStop true, getStatus SHUTDOWN true
