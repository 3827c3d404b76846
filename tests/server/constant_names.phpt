--TEST--
WServer\Constant (Swoole\Constant under wserver.aliases=swoole): the event and option names as constants, which on() and set() take
--EXTENSIONS--
wserver
--INI--
wserver.aliases=swoole
--FILE--
<?php
use Swoole\Constant;

$s = new Swoole\Server('127.0.0.1', 9501);
var_dump(Constant::EVENT_RECEIVE, Constant::OPTION_WORKER_NUM, Constant::class === 'Swoole\Constant');
var_dump($s->on(Constant::EVENT_RECEIVE, fn () => null), $s->on(Constant::EVENT_WORKER_START, fn () => null));
var_dump($s->set([Constant::OPTION_WORKER_NUM => 2, Constant::OPTION_TASK_WORKER_NUM => 1]), $s->setting);
var_dump(Constant::EVENT_CLOSE);
?>
--EXPECT--
string(7) "receive"
string(10) "worker_num"
bool(true)
bool(true)
bool(true)
bool(true)
array(2) {
  ["worker_num"]=>
  int(2)
  ["task_worker_num"]=>
  int(1)
}
string(5) "close"
