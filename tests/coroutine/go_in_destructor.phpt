--TEST--
Coroutine: a coroutine started by go() in a __destruct() may suspend (the destructor goes on meanwhile), at the top of a script and in a coroutine, as in Swoole; the destructor itself still may not suspend (PHP 8.2)
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine;
use WServer\Coroutine\Channel;
use function WServer\go;

class Closer
{
    public function __construct(public string $name) {}

    public function __destruct()
    {
        go(function () {
            echo "{$this->name}: flush starts\n";
            $ch = new Channel(1);
            var_dump($ch->pop(0.01), $ch->errCode);
            Coroutine::sleep(0.01);
            echo "{$this->name}: flush done\n";
        });
        echo "{$this->name}: destructor returns\n";
    }
}

class Sleeper
{
    public function __destruct()
    {
        try {
            Coroutine::sleep(0.01);
        } catch (Error $e) {
            echo 'in the destructor itself: ', $e->getMessage(), "\n";
        }
    }
}

$c = new Closer('top');
unset($c);
echo "script goes on\n";
WServer\Event::wait();

WServer\Coroutine\run(function () {
    $c = new Closer('in run');
    $c = null;
    echo "run goes on\n";
    $s = new Sleeper();
    $s = null;
});
?>
--EXPECT--
top: flush starts
top: destructor returns
script goes on
bool(false)
int(-1)
top: flush done
in run: flush starts
in run: destructor returns
run goes on
in the destructor itself: Cannot suspend a coroutine in the current execution context
bool(false)
int(-1)
in run: flush done
