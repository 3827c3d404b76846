--TEST--
Protocols: under wserver.aliases=workerman a Worker's and a connection's $protocol read Workerman's class names ("Workerman\Protocols\Websocket" for websocket://, as GatewayWorker compares); [$c->protocol, 'encode'] makes the frame send($frame, true) writes; $worker->protocol = '\Workerman\Protocols\Text' on tcp:// selects the built-in text codec, not PHP
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
use Workerman\Worker;

require __DIR__ . '/../include/server.inc';
require __DIR__ . '/../include/graceful.inc';
$text = wserver_test_free_port();
wserver_test_run(function (int $port) use ($text) {
    $w = new Worker("websocket://127.0.0.1:$port");
    $w->onMessage = function ($c, $data) use ($w) {
        $data .= ' ' . $w->protocol;
        $same = $c->protocol === 'Workerman\Protocols\Websocket';
        $frame = call_user_func([$c->protocol, 'encode'], "$data " . var_export($same, true), $c);
        $c->send($frame, true);
    };
    $t = new Worker("tcp://127.0.0.1:$text");
    $t->protocol = '\Workerman\Protocols\Text';
    $t->onMessage = fn ($c, $line) => $c->send("[$line] " . $c->protocol);
    Workerman\Connection\TcpConnection::$defaultMaxPackageSize = 64;
    Worker::runAll();
}, function (int $port, string $dir) use ($text) {
    foreach (['ws', 'text', 'frame', 'tcp'] as $scheme) { // an AsyncTcpConnection's, as Workerman's
        echo "$scheme: ", var_export((new Workerman\Connection\AsyncTcpConnection("$scheme://127.0.0.1:1"))->protocol, true), "\n";
    }
    $c = wserver_test_ws_client($port, 'hello');
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    wserver_test_wait(fn () => wserver_test_listening($text));
    $t = wserver_test_connect($text);
    fwrite($t, "a\r\nb\n");
    echo wserver_test_line($t), wserver_test_line($t);
    // the C codec refuses a line over maxPackageSize and says so in the log (Text::input()
    // would close without a word)
    fwrite($t, str_repeat('x', 100));
    echo 'oversized closed: ', json_encode(wserver_test_closed($t)), "\n";
    wserver_test_wait(fn () => str_contains((string) @file_get_contents("$dir/server.log"), 'oversized package'));
    echo 'logged: ', str_contains((string) @file_get_contents("$dir/server.log"), 'oversized package (max 64 bytes), closed') ? 'yes' : 'no', "\n";
});
?>
--EXPECT--
ws: '\\Workerman\\Protocols\\Ws'
text: '\\Workerman\\Protocols\\Text'
frame: '\\Workerman\\Protocols\\Frame'
tcp: NULL
text "hello Workerman\\Protocols\\Websocket true"
[a] \Workerman\Protocols\Text
[b] \Workerman\Protocols\Text
oversized closed: true
logged: yes
