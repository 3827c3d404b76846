<?php
// Adapts a swoole-src test tree to run offline on wserver. Only the harness changes, never a
// test: each adaptation below says why.
$src = $argv[1];
$inc = "$src/tests/include";

// 1. composer is not run (no network): the harness's own classes (SwooleTest\*, its only
//    autoload rule) get a PSR-4 loader; tests needing the third-party packages it also lists
//    (guzzle, predis, ...) fail on their missing classes.
@mkdir("$inc/lib/vendor", 0777, true);
file_put_contents("$inc/lib/vendor/autoload.php", <<<'PHP'
<?php
spl_autoload_register(function (string $class): void {
    if (str_starts_with($class, 'SwooleTest\\')) {
        $file = __DIR__ . '/../src/' . str_replace('\\', '/', substr($class, 11)) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
PHP);

// 2. skipif.inc skips everything unless extension_loaded('swoole'): wserver stands in for it.
edit("$inc/skipif.inc", "!extension_loaded('swoole')",
    "!(extension_loaded('swoole') || ini_get('wserver.aliases') && str_contains(ini_get('wserver.aliases'), 'swoole'))");

// 3. bootstrap.php starts the remote object server of Swoole's PHP library (used by its thread
//    tests only), which wserver does not have: start it only where it exists.
edit("$inc/bootstrap.php", "if (!is_win()) {\n    swoole_library_set_option",
    "if (!is_win() && function_exists('swoole_init_default_remote_object_server')) {\n    swoole_library_set_option");

// 4. Some tests carry a second expectation for PHP >= 8.5 (--EXPECTF_85-- etc.), which Swoole's
//    own tests/run-tests picks by version; PHP 8.2's run-tests.php does not know the section and
//    refuses the test. On PHP < 8.5 Swoole's runner drops it: so does this.
if (PHP_VERSION_ID < 80500) {
    $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator("$src/tests", FilesystemIterator::SKIP_DOTS));
    foreach ($it as $f) {
        if (!str_ends_with($f->getFilename(), '.phpt')) {
            continue;
        }
        $text = file_get_contents($f->getPathname());
        $cut = preg_replace('/^--EXPECT(F|REGEX)?_85--\n.*?(?=^--[A-Z_]+--$|\z)/ms', '', $text);
        if ($cut !== $text) {
            file_put_contents($f->getPathname(), $cut);
        }
    }
}

function edit(string $file, string $from, string $to): void
{
    $text = file_get_contents($file);
    if (!str_contains($text, $from)) {
        fwrite(STDERR, "prepare: $file no longer contains: $from\n");
        exit(1);
    }
    file_put_contents($file, str_replace($from, $to, $text));
}
