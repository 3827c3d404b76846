--TEST--
ConnectionInterface: the parent of TcpConnection and UdpConnection (Workerman's names under wserver.aliases=workerman); $statistics counts connections, messages, callbacks that threw and refused sends; TcpConnection's Workerman 5.2 members: writable id, $connections, bytesRead/bytesWritten, context, STATUS_* numbers, end(), bufferIsEmpty(), jsonSerialize(), error() with errorHandler
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
use Workerman\Connection\ConnectionInterface;
use Workerman\Connection\TcpConnection;

require __DIR__ . '/../include/server.inc';
var_dump(is_subclass_of(TcpConnection::class, ConnectionInterface::class),
    is_subclass_of(Workerman\Connection\UdpConnection::class, ConnectionInterface::class),
    (new ReflectionClass(ConnectionInterface::class))->isAbstract(),
    TcpConnection::$statistics === ['connection_count' => 0, 'total_request' => 0, 'throw_exception' => 0, 'send_fail' => 0],
    [TcpConnection::STATUS_ENDING, TcpConnection::STATUS_CLOSING, TcpConnection::STATUS_CLOSED]);

wserver_test_run(function (int $port) {
    $w = new Workerman\Worker("text://127.0.0.1:$port");
    $w->onConnect = function (TcpConnection $c) {
        $c->id += 1000; // renumbered, as apps do
        $c->context->seen = 0;
    };
    $w->onMessage = function (TcpConnection $c, string $line) use ($w) {
        $c->context->seen++;
        if ($line === 'throw') {
            throw new RuntimeException('from onMessage');
        }
        if ($line === 'closed') {
            $c->end("bye");
            return;
        }
        if ($line === 'stats') {
            $gone = array_values(array_filter(TcpConnection::$connections, fn ($o) => $o !== $c))[0] ?? null;
            $sent = $gone ? var_export($gone->send('x'), true) : 'none';
            $caught = null;
            $c->errorHandler = function (Throwable $e) use (&$caught) { $caught = $e->getMessage(); };
            $c->error(new LogicException('handled'));
            $json = $c->jsonSerialize();
            $c->send(json_encode([
                'stats' => TcpConnection::$statistics,
                'open' => array_keys(TcpConnection::$connections),
                'id' => $c->id,
                'seen' => $c->context->seen,
                'read' => $c->bytesRead,
                'written' => $c->bytesWritten,
                'empty' => $c->bufferIsEmpty(),
                'status' => $c->getStatus(),
                'json' => [$json['id'], $json['status'], $json['transport'], $json['remotePort'] === $c->getRemotePort()],
                'error' => $caught,
                'onWebSocketClose' => $c->onWebSocketClose,
                'loop' => $c->eventLoop instanceof Workerman\Events\EventInterface,
            ]));
        }
    };
    Workerman\Worker::runAll();
}, function (int $port) {
    $a = wserver_test_connect($port);
    $b = wserver_test_connect($port);
    fwrite($b, "closed\n");
    echo 'end: ', wserver_test_read($b, 4), ' ', json_encode(wserver_test_closed($b)), "\n";
    fclose($b); // end() lingers until the peer closes too
    fwrite($a, "one\nthrow\n");
    usleep(200000);
    fwrite($a, "stats\n");
    echo wserver_test_line($a);
    fclose($a);
});
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
array(3) {
  [0]=>
  int(4)
  [1]=>
  int(8)
  [2]=>
  int(16)
}
end: bye
 true
{"stats":{"connection_count":1,"total_request":4,"throw_exception":1,"send_fail":0},"open":[1],"id":1001,"seen":3,"read":16,"written":0,"empty":true,"status":2,"json":[1001,2,"tcp",true],"error":"handled","onWebSocketClose":null,"loop":true}
