--TEST--
wserver.aliases=swoole: go() in a destructor that PHP runs as the request ends, with no loop running, is Swoole's fatal error; in a destructor the script runs it starts the coroutine
--EXTENSIONS--
wserver
--INI--
wserver.aliases=swoole
display_errors=1
log_errors=0
--FILE--
<?php
class Later {
    public function __construct(public string $name) {}
    public function __destruct() {
        go(function () {
            echo "coroutine of {$this->name} starts\n";
            Co::sleep(0.001);
            echo "coroutine of {$this->name} ends\n";
        });
    }
}
$a = new Later('a');
unset($a);                 // during the script: runs with the script's loop
$c = new Later('c');       // left for PHP to destroy at the end
echo "script end\n";
?>
--EXPECTF--
coroutine of a starts
script end
coroutine of a ends

Fatal error: go(): can not use coroutine in __destruct after php_request_shutdown in %s on line %d
