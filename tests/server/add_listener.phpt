--TEST--
Server::addListener(): an HTTP server with a plain TCP port (its own receive event) and a UDP port, all served by the same worker processes; ports inherit the server's protocol unless set() says otherwise
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$tcp = wserver_test_free_port();
$udp = wserver_test_free_port();
$http2 = wserver_test_free_port();
wserver_test_run(function (int $port, string $dir) use ($tcp, $udp, $http2) {
    $server = new WServer\Http\Server('127.0.0.1', $port);
    $server->set(['worker_num' => 1, 'log_file' => "$dir/server.log"]);
    $server->on('Request', function ($request, $response) {
        $response->end("http from pid " . getmypid() . " fd {$request->fd}");
    });
    $admin = $server->addListener('127.0.0.1', $tcp, WSERVER_SOCK_TCP);
    $admin->set(['open_http_protocol' => false]);
    $admin->on('Receive', function ($server, $fd, $reactorId, $data) {
        $server->send($fd, "tcp from pid " . getmypid() . " fd $fd: " . trim($data) . "\n");
    });
    $server->listen('127.0.0.1', $udp, WSERVER_SOCK_UDP)->on('Packet', function ($server, $data, $client) {
        $server->sendto($client['address'], $client['port'], "udp from pid " . getmypid() . ": $data");
    });
    $server->addListener('127.0.0.1', $http2); // inherits HTTP and the server's request event
    $server->start();
}, function (int $port) use ($tcp, $udp, $http2) {
    $h = wserver_test_curl(["http://127.0.0.1:$port/"]);
    $c = wserver_test_connect($tcp);
    fwrite($c, "hello\n");
    $t = wserver_test_line($c);
    $s = stream_socket_client("udp://127.0.0.1:$udp");
    $u = '';
    for ($i = 0; $i < 40 && $u === ''; $i++) {
        stream_socket_sendto($s, 'ping');
        $r = [$s];
        $w = $e = null;
        if (stream_select($r, $w, $e, 0, 250000) > 0) {
            $u = (string) stream_socket_recvfrom($s, 1000);
        }
    }
    $h2 = wserver_test_curl(["http://127.0.0.1:$http2/"]);
    preg_match('~pid (\d+) fd (\d+)~', $h, $m1);
    preg_match('~pid (\d+) fd (\d+): hello~', $t, $m2);
    preg_match('~pid (\d+): ping~', $u, $m3);
    preg_match('~pid (\d+) fd (\d+)~', $h2, $m4);
    echo "http: ", $m1 ? 'ok' : $h, "\ntcp: ", $m2 ? 'ok' : $t, "\nudp: ", $m3 ? 'ok' : $u, "\nsecond http port: ", $m4 ? 'ok' : $h2, "\n";
    echo "one worker serves all: ", json_encode($m1 && $m2 && $m3 && $m4 && $m1[1] === $m2[1] && $m2[1] === $m3[1] && $m3[1] === $m4[1]), "\n";
    echo "distinct fds: ", json_encode($m1 && $m2 && $m4 && count(array_unique([$m1[2], $m2[2], $m4[2]])) === 3), "\n";
}, ['wait' => fn () => wserver_test_listening($tcp)]);
?>
--EXPECT--
http: ok
tcp: ok
udp: ok
second http port: ok
one worker serves all: true
distinct fds: true
