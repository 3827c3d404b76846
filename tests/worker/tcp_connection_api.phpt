--TEST--
TcpConnection: addresses, id, worker, status, connections, send() results, close($data), destroy()
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port) {
    $w = new WServer\Worker("tcp://127.0.0.1:$port");
    $w->name = 'api';
    $w->onMessage = function ($c, string $data) use ($w, $port) {
        switch (trim($data)) {
        case 'info':
            $c->send(json_encode([
                'remote_ip' => $c->getRemoteIp(),
                'remote_port_ok' => $c->getRemotePort() > 0,
                'remote_addr_ok' => $c->getRemoteAddress() === $c->getRemoteIp() . ':' . $c->getRemotePort(),
                'local' => $c->getLocalAddress() === "127.0.0.1:$port" && $c->getLocalPort() === $port,
                'local_ip' => $c->getLocalIp(),
                'id_ok' => $c->id > 0,
                'worker' => $c->worker === $w,
                'status' => [$c->getStatus(), $c->getStatus(false)],
                'in_connections' => ($w->connections[$c->id] ?? null) === $c,
                'count' => count($w->connections),
                'v4' => [$c->isIpV4(), $c->isIpV6()],
                'transport' => $c->transport,
                'protocol' => $c->protocol,
                'send' => $c->send(''),
            ]) . "\n");
            break;
        case 'bye':
            $c->close("bye!\n");
            var_dump($c->send('late'));
            break;
        case 'destroy':
            $c->destroy();
            break;
        }
    };
    $w->onClose = function ($c) use ($w) {
        file_put_contents(dirname(WServer\Worker::$logFile) . '/closed', $c->getStatus(false) . ' ' . count($w->connections) . ' ' . $c->getRemoteIp() . "\n", FILE_APPEND);
    };
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    $other = wserver_test_connect($port);
    $c = wserver_test_connect($port);
    fwrite($c, "info");
    echo wserver_test_line($c);
    fwrite($c, "bye");
    echo wserver_test_line($c);
    var_dump(wserver_test_closed($c));
    fwrite($other, "destroy");
    var_dump(wserver_test_closed($other));
    wserver_test_wait(fn () => substr_count(@file_get_contents("$dir/closed"), "\n") >= 2);
    echo file_get_contents("$dir/closed");
});
?>
--EXPECT--
{"remote_ip":"127.0.0.1","remote_port_ok":true,"remote_addr_ok":true,"local":true,"local_ip":"127.0.0.1","id_ok":true,"worker":true,"status":[2,"ESTABLISHED"],"in_connections":true,"count":2,"v4":[true,false],"transport":"tcp","protocol":null,"send":true}
bye!
bool(true)
bool(true)
CLOSED 1 127.0.0.1
CLOSED 0 127.0.0.1
