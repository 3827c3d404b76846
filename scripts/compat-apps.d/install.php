<?php
// Installs one app for scripts/compat-apps, the way `composer install` would lay it out, but
// offline: the app's tree is copied to DEST, every package it requires (found by its composer
// name among the snapshot dirs) is copied to DEST/vendor/<name>, and DEST/vendor/autoload.php
// registers their psr-4, psr-0, classmap and files rules. workerman/workerman is never
// installed: the extension provides its classes (wserver.aliases=workerman); the packages it
// requires itself (workerman/coroutine) are, as composer would install them.
//
// php install.php DEST ROOT_NAME [EXTRA_PACKAGE...] -- SNAPSHOT_DIR...
// Prints "missing: <name>" lines for requirements no snapshot provides, and exits 2 then.

const PROVIDED = ['workerman/workerman' => ['workerman/coroutine']];

[$dest, $rootName] = [$argv[1], $argv[2]];
$sep = array_search('--', $argv, true);
$extras = array_slice($argv, 3, $sep - 3);
$snapshots = array_slice($argv, $sep + 1);

$byName = [];
foreach ($snapshots as $dir) {
    $json = json_decode((string) @file_get_contents("$dir/composer.json"), true);
    if (isset($json['name'])) {
        $byName[strtolower($json['name'])] = ['dir' => $dir, 'json' => $json];
    }
}
if (!isset($byName[$rootName])) {
    echo "missing: $rootName\n";
    exit(2);
}

// Walk the requirements; the root's require-dev is not installed (composer install --no-dev).
$wanted = [];
$missing = [];
$queue = array_merge(array_keys($byName[$rootName]['json']['require'] ?? []), $extras);
while ($queue) {
    $name = strtolower(array_shift($queue));
    if ($name === 'php' || str_starts_with($name, 'ext-') || isset($wanted[$name])) {
        continue;
    }
    if (isset(PROVIDED[$name])) {
        $queue = array_merge($queue, PROVIDED[$name]);
        $wanted[$name] = null;
        continue;
    }
    if (!isset($byName[$name])) {
        $missing[$name] = true;
        continue;
    }
    $wanted[$name] = $byName[$name];
    $queue = array_merge($queue, array_keys($byName[$name]['json']['require'] ?? []));
}
foreach (array_keys($missing) as $name) {
    echo "missing: $name\n";
}
if ($missing) {
    exit(2);
}

function copy_tree(string $from, string $to): void
{
    passthru('mkdir -p ' . escapeshellarg($to) . ' && cp -a ' . escapeshellarg($from) . '/. ' . escapeshellarg($to), $rc);
    if ($rc !== 0) {
        fwrite(STDERR, "cannot copy $from\n");
        exit(1);
    }
}

copy_tree($byName[$rootName]['dir'], $dest);
$rules = ['psr4' => [], 'psr0' => [], 'classmap' => [], 'files' => []];
$add = function (array $json, string $base) use (&$rules) {
    $auto = $json['autoload'] ?? [];
    foreach ($auto['psr-4'] ?? [] as $prefix => $paths) {
        foreach ((array) $paths as $p) {
            $rules['psr4'][] = [$prefix, "$base/$p"];
        }
    }
    foreach ($auto['psr-0'] ?? [] as $prefix => $paths) {
        foreach ((array) $paths as $p) {
            $rules['psr0'][] = [$prefix, "$base/$p"];
        }
    }
    foreach ($auto['classmap'] ?? [] as $p) {
        $rules['classmap'][] = "$base/$p";
    }
    foreach ($auto['files'] ?? [] as $p) {
        $rules['files'][] = "$base/$p";
    }
};
foreach ($wanted as $name => $pkg) {
    if ($pkg === null) {
        continue;
    }
    copy_tree($pkg['dir'], "$dest/vendor/$name");
    $add($pkg['json'], "/vendor/$name");
}
$add($byName[$rootName]['json'], '');

// Longest prefix first, as composer orders them.
usort($rules['psr4'], fn ($a, $b) => strlen($b[0]) <=> strlen($a[0]));
$classmap = [];
foreach ($rules['classmap'] as $path) {
    $it = is_dir($dest . $path)
        ? new RecursiveIteratorIterator(new RecursiveDirectoryIterator($dest . $path, FilesystemIterator::SKIP_DOTS))
        : [new SplFileInfo($dest . $path)];
    foreach ($it as $file) {
        if ($file->getExtension() !== 'php') {
            continue;
        }
        $code = file_get_contents($file->getPathname());
        $ns = preg_match('/^\s*namespace\s+([\w\\\\]+)\s*;/m', $code, $m) ? $m[1] . '\\' : '';
        if (preg_match_all('/^\s*(?:abstract\s+|final\s+|readonly\s+)*(?:class|interface|trait|enum)\s+(\w+)/m', $code, $mm)) {
            foreach ($mm[1] as $class) {
                $classmap[$ns . $class] = substr($file->getPathname(), strlen($dest));
            }
        }
    }
}

$installed = array_keys(array_filter($wanted));
$autoload = '<?php' . "\n"
    . '// Written by scripts/compat-apps (wserver): composer\'s autoload rules of the installed packages.' . "\n"
    . '$base = dirname(__DIR__);' . "\n"
    . '$psr4 = ' . var_export($rules['psr4'], true) . ";\n"
    . '$psr0 = ' . var_export($rules['psr0'], true) . ";\n"
    . '$classmap = ' . var_export($classmap, true) . ";\n"
    . 'spl_autoload_register(function (string $class) use ($base, $psr4, $psr0, $classmap) {' . "\n"
    . '    if (isset($classmap[$class])) { require $base . $classmap[$class]; return; }' . "\n"
    . '    foreach ($psr4 as [$prefix, $dir]) {' . "\n"
    . '        if ($prefix === \'\' || strncmp($class, $prefix, strlen($prefix)) === 0) {' . "\n"
    . '            $file = $base . $dir . \'/\' . str_replace(\'\\\\\', \'/\', substr($class, strlen($prefix))) . \'.php\';' . "\n"
    . '            if (is_file($file)) { require $file; return; }' . "\n"
    . '        }' . "\n"
    . '    }' . "\n"
    . '    foreach ($psr0 as [$prefix, $dir]) {' . "\n"
    . '        if ($prefix === \'\' || strncmp($class, $prefix, strlen($prefix)) === 0) {' . "\n"
    . '            $file = $base . $dir . \'/\' . str_replace([\'\\\\\', \'_\'], \'/\', $class) . \'.php\';' . "\n"
    . '            if (is_file($file)) { require $file; return; }' . "\n"
    . '        }' . "\n"
    . '    }' . "\n"
    . '});' . "\n"
    . 'foreach (' . var_export($rules['files'], true) . ' as $f) { require_once $base . $f; }' . "\n";
@mkdir("$dest/vendor", 0777, true);
file_put_contents("$dest/vendor/autoload.php", $autoload);
echo 'installed: ' . ($installed ? implode(' ', $installed) : '(no packages)') . "\n";
