--TEST--
UDP: a udp:// Worker answers datagrams through UdpConnection; a Server with WSERVER_SOCK_UDP gets packet events and answers with sendto()
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

function udp_ask(int $port, string $msg): string
{
    $s = stream_socket_client("udp://127.0.0.1:$port", $errno, $errstr, 2);
    stream_set_timeout($s, 5);
    for ($try = 0; $try < 40; $try++) { // not up yet, or dropped: ask again, boundedly
        stream_socket_sendto($s, $msg); // one datagram (fwrite would cut it in 8 KB pieces)
        $r = [$s];
        $w = $e = null;
        if (stream_select($r, $w, $e, 0, 250000) > 0) {
            $answer = stream_socket_recvfrom($s, 65536); // '' for "port unreachable"
            if ($answer !== '' && $answer !== false) {
                return $answer;
            }
            usleep(100000);
        }
    }
    return 'no answer';
}

$port = wserver_test_free_port();
wserver_test_run(function (int $port) {
    $w = new WServer\Worker("udp://127.0.0.1:$port");
    $w->count = 2;
    $w->onMessage = function ($connection, $data) {
        $connection->send(get_class($connection) . " {$connection->transport} {$connection->getRemoteIp()} "
            . ($connection->getLocalPort() === $connection->worker->id + 0 ? '' : 'port ok ') . strtoupper($data));
    };
    WServer\Worker::runAll();
}, function (int $port) {
    echo udp_ask($port, 'hello worker'), "\n";
    echo strlen(udp_ask($port, str_repeat('x', 60000))), "\n";
}, ['port' => $port, 'wait' => fn () => true]);

wserver_test_run(function (int $port, string $dir) {
    $server = new WServer\Server('127.0.0.1', $port, WSERVER_BASE, WSERVER_SOCK_UDP);
    $server->set(['worker_num' => 1, 'log_file' => "$dir/server.log"]);
    $server->on('Packet', function ($server, $data, $clientInfo) {
        $server->sendto($clientInfo['address'], $clientInfo['port'], "Server: $data from {$clientInfo['address']}");
    });
    $server->start();
}, function (int $port) {
    echo udp_ask($port, 'hello server'), "\n";
}, ['wait' => fn () => true]);
?>
--EXPECT--
WServer\Connection\UdpConnection udp 127.0.0.1 port ok HELLO WORKER
60055
Server: hello server from 127.0.0.1
