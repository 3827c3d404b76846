--TEST--
Coroutine: join() waits for coroutines (time-out, cancel, misuse in last_error()); cancel() ends a sleep, a pop or a yield at once, isCanceled(); cancel($cid, true) throws CanceledException
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine;
use WServer\Coroutine\Channel;
use function WServer\go;
use function WServer\last_error;

WServer\Coroutine\run(function () {
    $order = [];
    $a = go(function () use (&$order) { Coroutine::sleep(0.05); $order[] = 'a'; });
    $b = go(function () use (&$order) { Coroutine::sleep(0.02); $order[] = 'b'; });
    var_dump(Coroutine::join([$a, $b, 999999]));
    echo 'both ended first: ', implode(',', $order), "\n";

    var_dump(Coroutine::join([]), last_error() === WSERVER_ERROR_INVALID_PARAMS);
    var_dump(@Coroutine::join([Coroutine::getCid()]), last_error() === WSERVER_ERROR_WRONG_OPERATION);
    $slow = go(fn () => Coroutine::sleep(0.3));
    var_dump(Coroutine::join([$slow], 0.01), last_error() === WSERVER_ERROR_CO_TIMEDOUT);
    var_dump(Coroutine::join([$slow, $slow]), last_error() === WSERVER_ERROR_WRONG_OPERATION);

    // cancel a sleep: it returns false at once
    $me = Coroutine::getCid();
    go(function () use ($me) {
        Coroutine::sleep(0.01);
        $r = Coroutine::cancel($me);
        echo 'cancel: ', var_export($r, true), "\n";
        echo "canceller goes on after the canceled one suspends again\n";
    });
    $r = Coroutine::sleep(100);
    echo 'sleep returned ', var_export($r, true), ', isCanceled ', var_export(Coroutine::isCanceled(), true), ', last_error is CANCELED ', var_export(last_error() === WSERVER_ERROR_CO_CANCELED, true), "\n";
    Coroutine::sleep(0.001);
    echo 'isCanceled after the next wait: ', var_export(Coroutine::isCanceled(), true), "\n";

    // cancel a pop and a yield
    $ch = new Channel(1);
    $popper = go(function () use ($ch) {
        var_dump($ch->pop(), $ch->errCode === WServer\Coroutine\Channel::ERROR_CANCELED);
    });
    var_dump(Coroutine::cancel($popper));
    $y = go(fn () => var_dump(Coroutine::suspend()));
    var_dump(Coroutine::cancel($y));

    // cannot cancel itself or a coroutine that does not exist
    var_dump(Coroutine::cancel(Coroutine::getCid()), last_error() === WSERVER_ERROR_CO_CANNOT_CANCEL);
    var_dump(Coroutine::cancel(999999), last_error() === WSERVER_ERROR_CO_NOT_EXISTS);

    // cancel with an exception, caught or not
    $looper = go(function () {
        try {
            for ($i = 0; $i < 1000; $i++) { /* bounded */
                Coroutine::sleep(0.01);
            }
        } catch (WServer\Coroutine\CanceledException $e) {
            echo 'caught ', get_class($e), "\n";
        }
    });
    Coroutine::sleep(0.03);
    var_dump(Coroutine::cancel($looper, true));
    $quiet = go(function () {
        Coroutine::sleep(10);
        echo "never\n";
    });
    var_dump(Coroutine::cancel($quiet, true), Coroutine::exists($quiet));

    // join() itself is cancelable
    $long = go(fn () => Coroutine::sleep(0.2));
    go(function () use ($me) { Coroutine::sleep(0.01); Coroutine::cancel($me); });
    var_dump(Coroutine::join([$long]), last_error() === WSERVER_ERROR_CO_CANCELED);
    var_dump(Coroutine::join([$long, $slow]));
});
echo "done\n";
?>
--EXPECT--
bool(true)
both ended first: b,a
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
sleep returned false, isCanceled true, last_error is CANCELED true
cancel: true
canceller goes on after the canceled one suspends again
isCanceled after the next wait: false
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
caught WServer\Coroutine\CanceledException
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
done
