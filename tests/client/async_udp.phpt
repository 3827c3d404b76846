--TEST--
AsyncUdpConnection: a worker opens a UDP socket to a udp:// Worker, onConnect sends, onMessage gets each answer, close() runs onClose; connect() outside a worker and a bad address are clear errors
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
use WServer\Connection\AsyncUdpConnection;

require __DIR__ . '/../include/server.inc';
try {
    new AsyncUdpConnection('tcp://127.0.0.1:1');
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    (new AsyncUdpConnection('udp://127.0.0.1:1'))->connect();
} catch (WServer\Exception $e) {
    echo get_class($e), "\n";
}
wserver_test_run(function (int $port, string $dir) {
    $echo = new WServer\Worker("udp://127.0.0.1:$port");
    $echo->onMessage = fn ($c, $d) => $c->send("echo $d");
    $client = new WServer\Worker();
    $client->onWorkerStart = function () use ($port, $dir) {
        $udp = new AsyncUdpConnection("udp://127.0.0.1:$port");
        $got = [];
        $udp->onConnect = function ($udp) {
            // the echo worker may not be up yet: ask until it answers, boundedly
            WServer\Timer::add(0.05, function () use ($udp) {
                $udp->send('ping');
            }, [], true);
        };
        $udp->onMessage = function ($udp, $data) use (&$got, $dir) {
            $got[] = $data;
            if (count($got) === 2) {
                WServer\Timer::delAll();
                file_put_contents("$dir/got", implode(',', $got) . ' ' . get_class($udp) . ' ' . $udp->getRemotePort() . "\n");
                $udp->close();
            }
        };
        $udp->onClose = fn ($udp) => file_put_contents("$dir/closed", 'closed');
        $udp->connect();
    };
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    wserver_test_wait(fn () => file_exists("$dir/closed"), 10);
    echo str_replace((string) $port, 'PORT', (string) @file_get_contents("$dir/got"));
    echo @file_get_contents("$dir/closed"), "\n";
}, ['wait' => fn () => true]);
?>
--EXPECT--
ValueError: WServer\Connection\AsyncUdpConnection::__construct(): Argument #1 ($remoteAddress) must be udp://host:port, "tcp://127.0.0.1:1" given
WServer\Exception
echo ping,echo ping WServer\Connection\AsyncUdpConnection PORT
closed
