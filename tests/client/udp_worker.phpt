--TEST--
udp:// Worker: onMessage gets a UdpConnection per datagram; send() answers the sender; a handler that sleeps does not hold up the next datagram
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

function udp_bound(int $port): bool
{
    $hex = sprintf(':%04X', $port);
    foreach (@file('/proc/net/udp') ?: [] as $line) {
        $f = preg_split('/\s+/', trim($line));
        if (isset($f[1]) && str_ends_with($f[1], $hex)) {
            return true;
        }
    }
    return false;
}

$port = wserver_test_free_port();
wserver_test_run(function (int $port) {
    $w = new WServer\Worker("udp://127.0.0.1:$port");
    $w->onMessage = function (WServer\Connection\UdpConnection $c, string $data) {
        if ($data === 'slow') {
            WServer\Coroutine::sleep(0.3);   // only this datagram's handler waits
        }
        $c->send("$data from " . ($c->getRemoteIp() === '127.0.0.1' ? 'localhost' : $c->getRemoteIp())
            . ' to ' . $c->getLocalPort() . ' ' . $c->worker->transport);
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $a = stream_socket_client("udp://127.0.0.1:$port");
    $b = stream_socket_client("udp://127.0.0.1:$port");
    stream_set_timeout($a, 5);
    stream_set_timeout($b, 5);
    fwrite($a, 'slow');
    usleep(50000);
    fwrite($b, 'fast');
    $first = fread($b, 1000);
    echo str_replace((string) $port, 'PORT', $first), "\n";
    echo str_replace((string) $port, 'PORT', fread($a, 1000)), "\n";
}, ['port' => $port, 'wait' => fn () => udp_bound($port)]);
?>
--EXPECT--
fast from localhost to PORT udp
slow from localhost to PORT udp
