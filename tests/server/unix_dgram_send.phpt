--TEST--
Server with WSERVER_SOCK_UNIX_DGRAM: packet events from a unix datagram client, answered with send() to its path (the string fd Swoole takes)
--EXTENSIONS--
wserver
pcntl
posix
sockets
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
$path = "$dir/server.sock";
wserver_test_run(function (int $port, string $d) use ($path) {
    $server = new WServer\Server($path, 0, WSERVER_BASE, WSERVER_SOCK_UNIX_DGRAM);
    $server->set(['worker_num' => 1, 'log_file' => "$d/server.log"]);
    $server->on('Packet', function ($server, $data, $client) {
        $server->send($client["address"], "Server: $data");
    });
    $server->start();
}, function () use ($path, $dir) {
    $client = "$dir/client.sock";
    $s = socket_create(AF_UNIX, SOCK_DGRAM, 0);
    socket_bind($s, $client);
    socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 200000]);
    $answer = '';
    for ($i = 0; $i < 50 && $answer === ''; $i++) { // until the server is up, boundedly
        @socket_sendto($s, 'hello', 5, 0, $path);
        $n = @socket_recvfrom($s, $buf, 1000, 0, $from);
        $answer = $n > 0 ? "$buf from " . basename($from) : '';
    }
    echo $answer, "\n";
    socket_close($s);
}, ['wait' => fn () => file_exists($path)]);
wserver_test_rmdir($dir);
?>
--EXPECT--
Server: hello from server.sock
