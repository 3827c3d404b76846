--TEST--
Server::start() without the callback a listener needs (receive for TCP, request for HTTP, message for WebSocket, on a port too) is a fatal error naming it, as Swoole's (for a datagram socket: packet); start() again after the server stopped warns and returns false
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$cases = [
    'tcp' => "\$s = new WServer\\Server('127.0.0.1', {PORT});",
    'udp' => "\$s = new WServer\\Server('127.0.0.1', {PORT}, WSERVER_BASE, WSERVER_SOCK_UDP);",
    'http' => "\$s = new WServer\\Http\\Server('127.0.0.1', {PORT});",
    'websocket' => "\$s = new WServer\\WebSocket\\Server('127.0.0.1', {PORT}); \$s->on('open', fn () => null);",
    'udp port' => "\$s = new WServer\\Server('127.0.0.1', {PORT}); \$s->on('receive', fn () => null); \$s->addListener('127.0.0.1', 0, WSERVER_SOCK_UDP);",
    'plain port of http' => "\$s = new WServer\\Http\\Server('127.0.0.1', {PORT}); \$s->on('request', fn () => null); \$s->addListener('127.0.0.1', 0)->set(['open_http_protocol' => false]);",
];
foreach ($cases as $name => $code) {
    $dir = wserver_test_dir();
    try {
        wserver_test_app($dir, wserver_test_free_port(), "$code\n\$s->start();\n");
        [$exit, $out] = wserver_test_cli($dir, 'start');
        echo "$name: exit $exit: ", preg_replace('~ in /\S+ on line \d+~', '', trim($out)), "\n";
    } finally {
        wserver_test_cleanup($dir);
    }
}
$dir = wserver_test_dir();
try {
    wserver_test_app($dir, wserver_test_free_port(), <<<'PHP'
$s = new WServer\Server('127.0.0.1', {PORT});
$s->set(['worker_num' => 1]);
$s->on('receive', fn () => null);
$s->on('start', fn ($s) => $s->shutdown());
var_dump($s->start(), $s->start());
PHP);
    [$exit, $out] = wserver_test_cli($dir, '');
    echo "twice: exit $exit\n", preg_replace('~ in /\S+ on line \d+~', '', trim($out)), "\n";
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
tcp: exit 255: PHP Fatal error:  WServer\Server::start(): require onReceive callback: nothing would handle what arrives on its socket
udp: exit 255: PHP Fatal error:  WServer\Server::start(): require onPacket callback: nothing would handle what arrives on its datagram socket
http: exit 255: PHP Fatal error:  WServer\Http\Server::start(): require onRequest callback: nothing would handle what arrives on its socket
websocket: exit 255: PHP Fatal error:  WServer\WebSocket\Server::start(): require onMessage callback: nothing would handle what arrives on its socket
udp port: exit 255: PHP Fatal error:  WServer\Server::start(): require onPacket callback: nothing would handle what arrives on one of its addListener() datagram ports
plain port of http: exit 255: PHP Fatal error:  WServer\Http\Server::start(): require onReceive callback: nothing would handle what arrives on one of its addListener() ports
twice: exit 0
PHP Warning:  WServer\Server::start(): a server ran in this process already and has stopped: start() cannot run one again
bool(true)
bool(false)
