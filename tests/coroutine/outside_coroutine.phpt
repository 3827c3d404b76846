--TEST--
Coroutine: coroutine-only APIs outside a coroutine throw WServer\Exception; run() inside run() too (go() at the top of a script is top_level_go.phpt)
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine;
use WServer\Coroutine\Channel;
use WServer\Coroutine\WaitGroup;

$ch = new Channel(2);
$wg = new WaitGroup();
$pending = new WaitGroup(1);
$calls = [
    'defer' => fn () => Coroutine::defer(fn () => 1),
    'yield' => fn () => Coroutine::yield(),
    'push' => fn () => $ch->push(1),
    'pop' => fn () => $ch->pop(),
    'wait' => fn () => $pending->wait(),
];
foreach ($calls as $name => $call) {
    try {
        $call();
        echo "$name: no exception\n";
    } catch (WServer\Exception $e) {
        echo "$name: ", $e->getMessage(), "\n";
    }
}
echo 'getContext() outside any coroutine is null, as Swoole: ', var_export(Coroutine::getContext(), true), "\n";
echo 'wait() on a zero counter returns at once anywhere, as Swoole: ', var_export($wg->wait(), true), "\n";
echo 'length, close and WaitGroup::add work anywhere: ', $ch->length(), ' ', var_export($ch->close(), true), ' ', $wg->add(2) ?? $wg->count(), "\n";
var_dump(WServer\Coroutine\run(function () {
    try {
        WServer\Coroutine\run(fn () => 1);
    } catch (WServer\Exception $e) {
        echo $e->getMessage(), "\n";
    }
}));
try {
    WServer\Coroutine\run('no_such_function');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
defer: WServer\Coroutine::defer() must be called in a coroutine: a worker callback, go() or WServer\Coroutine\run()
yield: WServer\Coroutine::yield() must be called in a coroutine: a worker callback, go() or WServer\Coroutine\run()
push: WServer\Coroutine\Channel::push() must be called in a coroutine: a worker callback, go() or WServer\Coroutine\run()
pop: WServer\Coroutine\Channel::pop() must be called in a coroutine: a worker callback, go() or WServer\Coroutine\run()
wait: WServer\Coroutine\WaitGroup::wait() must be called in a coroutine: a worker callback, go() or WServer\Coroutine\run()
getContext() outside any coroutine is null, as Swoole: NULL
wait() on a zero counter returns at once anywhere, as Swoole: true
length, close and WaitGroup::add work anywhere: 0 true 2
WServer\Coroutine\run() cannot run inside a worker or another run(): a loop runs here already, use go()
bool(true)
WServer\Coroutine\run(): Argument #1 ($func) must be a valid callback, string given
