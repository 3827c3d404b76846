--TEST--
UdpConnection: a ConnectionInterface (Workerman's name under wserver.aliases=workerman); jsonSerialize() as Workerman's; close($data) sends $data and returns nothing; $statistics counts the datagram
--EXTENSIONS--
wserver
pcntl
posix
--INI--
wserver.aliases=workerman
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$port = wserver_test_free_port();
wserver_test_run(function (int $port) {
    $w = new Workerman\Worker("udp://127.0.0.1:$port");
    $w->onMessage = function (Workerman\Connection\ConnectionInterface $connection, $data) {
        $json = json_decode(json_encode($connection), true);
        $connection->close(json_encode([
            $connection instanceof Workerman\Connection\UdpConnection,
            $json['transport'], $json['getRemoteIp'], $json['remotePort'] === $connection->getRemotePort(),
            $json['getLocalPort'] === $connection->getLocalPort(), $json['isIpV4'], $json['isIpV6'],
            Workerman\Connection\UdpConnection::MAX_UDP_PACKAGE_SIZE,
            Workerman\Connection\TcpConnection::$statistics['total_request'],
            $data,
        ]));
    };
    Workerman\Worker::runAll();
}, function (int $port) {
    $s = stream_socket_client("udp://127.0.0.1:$port", $errno, $errstr, 2);
    $answer = 'no answer';
    for ($try = 0; $try < 40; $try++) { // not up yet, or dropped: ask again, boundedly
        stream_socket_sendto($s, 'hi');
        $r = [$s];
        $w = $e = null;
        if (stream_select($r, $w, $e, 0, 250000) > 0) {
            $got = stream_socket_recvfrom($s, 65536);
            if ($got !== '' && $got !== false) {
                $answer = $got;
                break;
            }
            usleep(100000);
        }
    }
    $a = json_decode($answer, true);
    echo json_encode(is_array($a) ? array_slice($a, 0, 8) : $answer), ' ', is_array($a) && $a[8] >= 1 ? 'counted' : 'not counted', "\n";
}, ['wait' => fn () => true]);
?>
--EXPECT--
[true,"udp","127.0.0.1",true,true,true,false,65535] counted
