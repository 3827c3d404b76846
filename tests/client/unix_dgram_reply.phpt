--TEST--
Client and Coroutine\Client of type WSERVER_SOCK_UNIX_DGRAM bind a socket path of their own at connect(), so a unix datagram server can answer them (as Swoole's clients); close() removes it
--EXTENSIONS--
wserver
pcntl
posix
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
        $server->send($client['address'], "Server: $data from " . basename($client['address']));
    });
    $server->start();
}, function () use ($path) {
    $mine = fn () => glob('/tmp/wserver-client.' . getmypid() . '.*.sock');
    $client = new WServer\Client(WSERVER_SOCK_UNIX_DGRAM, WSERVER_SOCK_SYNC);
    var_dump($client->connect($path, 0, 2));
    $own = $mine();
    echo 'own path: ', count($own), ' ', $own ? filetype($own[0]) : '-', "\n";
    var_dump($client->send('sync'));
    echo preg_replace('/\d+\.\d+/', 'PID.FD', $client->recv()), "\n";
    $client->close();
    echo 'after close: ', count($mine()), "\n";
    WServer\Coroutine\run(function () use ($path, $mine) {
        $client = new WServer\Coroutine\Client(WSERVER_SOCK_UNIX_DGRAM);
        var_dump($client->connect($path, 0, 2));
        $client->send('coroutine');
        echo preg_replace('/\d+\.\d+/', 'PID.FD', $client->recv(2)), "\n";
        $client->close();
        echo 'after close: ', count($mine()), "\n";
    });
}, ['wait' => fn () => file_exists($path)]);
wserver_test_rmdir($dir);
?>
--EXPECT--
bool(true)
own path: 1 socket
int(4)
Server: sync from wserver-client.PID.FD.sock
after close: 0
bool(true)
Server: coroutine from wserver-client.PID.FD.sock
after close: 0
