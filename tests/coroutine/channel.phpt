--TEST--
Channel: FIFO up to its capacity; push() waits while full and pop() while empty; length, isEmpty, isFull, capacity, errCode and the constants
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine;
use WServer\Coroutine\Channel;
use function WServer\go;

echo 'constants: ', json_encode([Channel::ERROR_OK, Channel::ERROR_TIMEOUT, Channel::ERROR_CLOSED, Channel::ERROR_CANCELED]),
    ' = ', json_encode([WSERVER_CHANNEL_OK, WSERVER_CHANNEL_TIMEOUT, WSERVER_CHANNEL_CLOSED, WSERVER_CHANNEL_CANCELED]), "\n";
try {
    new Channel(0);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
$d = new Channel();
echo "default capacity {$d->capacity}\n";
try {
    $d->capacity = 5;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
WServer\Coroutine\run(function () {
    $ch = new Channel(3);
    echo "capacity {$ch->capacity}, empty ", var_export($ch->isEmpty(), true), "\n";
    foreach (['one', ['two'], 3] as $v) {
        $ch->push($v);
    }
    echo 'length ', $ch->length(), ', full ', var_export($ch->isFull(), true), "\n";
    $log = [];
    // a producer blocks on the full channel until the main coroutine pops
    go(function () use ($ch, &$log) {
        $log[] = 'producer pushes 4';
        $ok = $ch->push(4);
        $log[] = 'producer resumed: ' . var_export($ok, true);
    });
    $log[] = 'main pops';
    var_dump($ch->pop());
    Coroutine::sleep(0.01);
    echo implode("\n", $log), "\n";
    var_dump($ch->pop(), $ch->pop(), $ch->pop(), $ch->errCode, $ch->length());
    // a consumer blocks on the empty channel until a push; the value goes straight to it
    $got = null;
    go(function () use ($ch, &$got) {
        $got = $ch->pop();
    });
    echo 'consumer waiting, length ', $ch->length(), "\n";
    $ch->push('direct');
    Coroutine::sleep(0.01);
    echo "consumer got $got, length ", $ch->length(), "\n";
    // values keep their identity (no copy of objects)
    $o = new stdClass();
    $ch->push($o);
    echo 'same object: ', var_export($ch->pop() === $o, true), "\n";
    // many waiting consumers are served in arrival order
    $order = [];
    for ($i = 1; $i <= 3; $i++) {
        go(function () use ($ch, $i, &$order) { $order[] = "c$i:" . $ch->pop(); });
    }
    foreach (['x', 'y', 'z'] as $v) {
        $ch->push($v);
    }
    Coroutine::sleep(0.01);
    echo implode(' ', $order), "\n";
});
?>
--EXPECT--
constants: [0,-1,-2,-3] = [0,-1,-2,-3]
WServer\Coroutine\Channel::__construct(): Argument #1 ($capacity) must be between 1 and 2147483647
default capacity 1
Cannot modify readonly property WServer\Coroutine\Channel::$capacity
capacity 3, empty true
length 3, full true
string(3) "one"
producer pushes 4
main pops
producer resumed: true
array(1) {
  [0]=>
  string(3) "two"
}
int(3)
int(4)
int(0)
int(0)
consumer waiting, length 0
consumer got direct, length 0
same object: true
c1:x c2:y c3:z
