--TEST--
Autoloader (Workerman 4's, as Workerman\Autoloader under wserver.aliases=workerman): setRootPath() registers it, classes load from ROOT/Name/Space/Class.php once, a missing file or a path with .. is false
--EXTENSIONS--
wserver
--INI--
wserver.aliases=workerman
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
mkdir("$dir/Applications/Chat", 0777, true);
file_put_contents("$dir/Applications/Chat/Events.php", "<?php\nnamespace Applications\\Chat;\necho \"loaded once\\n\";\nclass Events { const NAME = 'chat'; }\n");
use Workerman\Autoloader;

var_dump(class_exists('Applications\Chat\Events'));      // no root yet: nothing registered
Autoloader::setRootPath($dir);
echo Applications\Chat\Events::NAME, "\n";
var_dump(Autoloader::loadByNamespace('Applications\Chat\Events'));  // require_once: not twice
var_dump(Autoloader::loadByNamespace('Applications\Chat\Missing'));
var_dump(Autoloader::loadByNamespace('..\etc\passwd'));
Autoloader::setRootPath($dir);                            // registered once only
echo count(array_filter(spl_autoload_functions(), fn ($f) => $f === ['WServer\Autoloader', 'loadByNamespace'])), " loader\n";
wserver_test_rmdir($dir);
?>
--EXPECT--
bool(false)
loaded once
chat
bool(true)
bool(false)
bool(false)
1 loader
