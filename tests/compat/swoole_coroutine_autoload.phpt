--TEST--
wserver.aliases=swoole: coroutines that need a class while another coroutine's autoloader is loading it (suspended in it) wait for that load and get the class, as Swoole's, instead of "Class not found"; a class no autoloader defines is still missing for each
--EXTENSIONS--
wserver
--INI--
wserver.aliases=swoole
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
file_put_contents("$dir/Late.php", "<?php\nclass Late {}\n");
spl_autoload_register(function ($class) use ($dir) {
    echo "autoload $class\n";
    Co::sleep(0.05); // another coroutine runs meanwhile
    if ($class === 'Late') {
        require "$dir/Late.php";
    }
});
Co\run(function () {
    for ($i = 0; $i < 3; $i++) {
        go(function () use ($i) {
            $o = new Late();
            echo "$i: ", get_class($o), "\n";
        });
    }
    for ($i = 0; $i < 2; $i++) {
        go(function () {
            $exists = class_exists('Missing');
            echo 'missing: ', json_encode($exists), "\n";
        });
    }
});
wserver_test_rmdir($dir);
?>
--EXPECTF--
autoload Late
autoload Missing
%d: Late
%d: Late
%d: Late
missing: false
missing: false
