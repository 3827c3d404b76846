--TEST--
Channel: pop()/push() time-outs return false with ERROR_TIMEOUT (0 waits without limit, as Swoole); close() wakes every waiter with ERROR_CLOSED, leaves buffered values poppable
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine;
use WServer\Coroutine\Channel;
use function WServer\go;

WServer\Coroutine\run(function () {
    $ch = new Channel(1);
    $t = microtime(true);
    var_dump($ch->pop(0.1));
    $took = microtime(true) - $t;
    echo 'pop timed out after ~0.1 s: ', var_export($took >= 0.09 && $took < 0.5, true), ', errCode ', $ch->errCode, "\n";
    go(function () use ($ch) {
        Coroutine::sleep(0.02);
        $ch->push('late');
    });
    var_dump($ch->pop(0));  // 0 waits without limit, as in Swoole
    echo "errCode {$ch->errCode}\n";
    $ch->push('a');
    $t = microtime(true);
    var_dump($ch->push('b', 0.05));
    echo 'push timed out: ', var_export(microtime(true) - $t >= 0.04, true), ", errCode {$ch->errCode}, length {$ch->length()}\n";
    var_dump($ch->pop());
    echo "errCode after a success {$ch->errCode}\n";

    // close() wakes waiting consumers and producers
    $empty = new Channel(1);
    $full = new Channel(1);
    $full->push('kept');
    $results = [];
    foreach ([1, 2] as $i) {
        go(function () use ($empty, &$results, $i) {
            $v = $empty->pop();
            $results[] = "consumer $i: " . var_export($v, true) . " errCode {$empty->errCode}";
        });
    }
    go(function () use ($full, &$results) {
        $ok = $full->push('never');
        $results[] = 'producer: ' . var_export($ok, true) . " errCode {$full->errCode}";
    });
    Coroutine::sleep(0.02);
    echo 'before close: ', count($results), " woke\n";
    var_dump($empty->close(), $full->close(), $full->close());
    Coroutine::sleep(0.01);
    echo implode("\n", $results), "\n";
    var_dump($full->pop(), $full->pop(), $full->errCode);
    var_dump($full->push('x'), $full->errCode);
});
?>
--EXPECT--
bool(false)
pop timed out after ~0.1 s: true, errCode -1
string(4) "late"
errCode 0
bool(false)
push timed out: true, errCode -1, length 1
string(1) "a"
errCode after a success 0
before close: 0 woke
bool(true)
bool(true)
bool(false)
consumer 1: false errCode -2
consumer 2: false errCode -2
producer: false errCode -2
string(4) "kept"
bool(false)
int(-2)
bool(false)
int(-2)
