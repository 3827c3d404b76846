--TEST--
Process: with redirect_stdin_and_stdout the child's echo goes into the pipe, read() by the parent
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Process;

$p = new Process(function (Process $p) {
    echo "SUCCESS";
    fwrite(STDOUT, " and STDOUT");
}, true);
$p->start();
$out = '';
while (($chunk = $p->read()) !== '' && $chunk !== false) {
    $out .= $chunk;
}
echo "READ: $out~\n";
echo "code ", Process::wait()['code'], "\n";
?>
--EXPECT--
READ: SUCCESS and STDOUT~
code 0
