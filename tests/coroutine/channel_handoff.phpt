--TEST--
Channel: a push() to a waiting pop() (and a pop() freeing a waiting push()) runs the woken coroutine at once, as Swoole; stats(); a subclass must call the constructor, once
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine\Channel;
use function WServer\go;

class MyChan extends Channel
{
    public function __construct()
    {
        /* forgets parent::__construct() */
    }
}

WServer\Coroutine\run(function () {
    $ch = new Channel(1);
    go(function () use ($ch) {
        echo "pop waits\n";
        $v = $ch->pop();
        echo "popped $v\n";
    });
    echo "push\n";
    $ch->push('a');
    echo "push returned\n";

    $ch->push('b'); /* fills it */
    go(function () use ($ch) {
        echo "push waits\n";
        $ch->push('c');
        echo "push of c done\n";
    });
    echo 'stats while a push waits ', json_encode($ch->stats()), "\n";
    $v = $ch->pop();
    echo "popped $v\n";
    $v = $ch->pop();
    echo "popped $v\n";

    go(function () use ($ch) {
        var_dump($ch->pop());
        echo "woken by close, errCode {$ch->errCode}\n";
    });
    echo 'stats while a pop waits ', json_encode($ch->stats()), "\n";
    $ch->close();
    echo "close returned\n";

    $my = new MyChan();
    try {
        $my->pop();
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
    try {
        $ch->__construct(2);
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
});
?>
--EXPECT--
pop waits
push
popped a
push returned
push waits
stats while a push waits {"consumer_num":0,"producer_num":1,"queue_num":1}
push of c done
popped b
popped c
stats while a pop waits {"consumer_num":1,"producer_num":0,"queue_num":0}
bool(false)
woken by close, errCode -2
close returned
WServer\Coroutine\Channel: must call constructor first (a subclass calls parent::__construct())
WServer\Coroutine\Channel: the channel has already been constructed
