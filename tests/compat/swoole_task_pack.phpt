--TEST--
wserver.aliases=swoole: Server\Task::pack() gives bytes Task::unpack() reads back (strings as they are, other values serialized); cut, empty or foreign bytes are false with a warning
--EXTENSIONS--
wserver
--INI--
wserver.aliases=swoole
--FILE--
<?php
use Swoole\Server\Task;

$values = ['', 'plain', str_repeat("\0\xff", 300000), [1, 'a' => [true, null]], 3.5, 42, false, new ArrayObject([7])];
foreach ($values as $v) {
    $packed = Task::pack($v);
    var_dump(is_string($packed), Task::unpack($packed) == $v && gettype(Task::unpack($packed)) === gettype($v));
}
$packed = Task::pack(['x' => 'y']);
var_dump(Task::unpack(''));
var_dump(Task::unpack(substr($packed, 0, 3)));
var_dump(Task::unpack(substr($packed, 0, -1)));
var_dump(Task::unpack($packed . 'z'));
var_dump(Task::unpack(str_repeat('A', 64)));
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)

Warning: Swoole\Server\Task::unpack(): bad task packet: 0 bytes, shorter than its header in %s on line %d
bool(false)

Warning: Swoole\Server\Task::unpack(): bad task packet: 3 bytes, shorter than its header in %s on line %d
bool(false)

Warning: Swoole\Server\Task::unpack(): bad task packet: not made by Swoole\Server\Task::pack(), or cut in %s on line %d
bool(false)

Warning: Swoole\Server\Task::unpack(): bad task packet: not made by Swoole\Server\Task::pack(), or cut in %s on line %d
bool(false)

Warning: Swoole\Server\Task::unpack(): bad task packet: not made by Swoole\Server\Task::pack(), or cut in %s on line %d
bool(false)
