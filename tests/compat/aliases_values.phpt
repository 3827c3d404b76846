--TEST--
wserver.aliases: each word registers its set, both together work, an unknown word is a warning naming it, and the default registers nothing
--EXTENSIONS--
wserver
--FILE--
<?php
$check = 'echo json_encode(array_map("class_exists", ["Workerman\\\\Worker", "Swoole\\\\Http\\\\Server", "Co", "chan"])), "\n";';
foreach (['', 'workerman', 'swoole', 'Swoole, workerman', 'workerman,bogus'] as $value) {
    $cmd = escapeshellarg(PHP_BINARY) . ' ' . (getenv('WSERVER_TEST_PHP_ARGS') ?: '')
        . ' -d display_startup_errors=1 -d ' . escapeshellarg("wserver.aliases=$value")
        . ' -r ' . escapeshellarg($check) . ' 2>&1';
    echo str_pad("'$value'", 22), trim(shell_exec($cmd)), "\n";
}
echo get_class(new ReflectionClass('WServer\Worker')), "\n";
?>
--EXPECTF--
''                    [false,false,false,false]
'workerman'           [true,false,false,false]
'swoole'              [false,true,true,true]
'Swoole, workerman'   [true,true,true,true]
'workerman,bogus'     %SWarning:  wserver.aliases: unknown value "bogus" (expected workerman, swoole, or both comma-separated) in Unknown on line 0%S
[true,false,false,false]
ReflectionClass
