<?php
// The Workerman API an app uses that the extension lacks, found in its sources (a static scan,
// so a lead for the runtime errors, not a proof): classes it names, static members it uses,
// and instance methods/properties it calls by a name that Workerman's class has and ours lacks.
//
// php api-scan.php dump WORKERMAN_SRC            (without wserver) Workerman's public API as JSON
// php -d extension=wserver.so -d wserver.aliases=workerman api-scan.php scan API.json DIR...
//                                                 one line per missing name, first use first
if ($argv[1] === 'dump') {
    $src = $argv[2];
    spl_autoload_register(function ($c) use ($src) {
        $f = $src . '/' . str_replace('\\', '/', substr($c, strlen('Workerman\\'))) . '.php';
        if (str_starts_with($c, 'Workerman\\') && is_file($f)) {
            require_once $f;
        }
    });
    $api = [];
    $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($src, FilesystemIterator::SKIP_DOTS));
    foreach ($it as $f) {
        if ($f->getExtension() !== 'php') {
            continue;
        }
        $class = 'Workerman\\' . str_replace('/', '\\', substr($f->getPathname(), strlen($src) + 1, -4));
        try {
            if (!class_exists($class) && !interface_exists($class) && !trait_exists($class)) {
                continue;
            }
        } catch (Throwable $e) {
            continue;
        }
        $r = new ReflectionClass($class);
        $api[$class] = [
            'methods' => array_map(fn ($m) => $m->getName(), $r->getMethods(ReflectionMethod::IS_PUBLIC)),
            'static' => array_map(fn ($m) => $m->getName(), $r->getMethods(ReflectionMethod::IS_STATIC)),
            'props' => array_map(fn ($p) => $p->getName(), $r->getProperties(ReflectionProperty::IS_PUBLIC)),
            'consts' => array_keys($r->getConstants()),
        ];
    }
    echo json_encode($api, JSON_PRETTY_PRINT), "\n";
    exit(0);
}

$api = json_decode(file_get_contents($argv[2]), true);
$missingMember = [];  // name => [classes of Workerman that have it and whose alias lacks it]
$missingOf = [];      // Workerman class => its names our class lacks
$missingClass = [];
foreach ($api as $class => $members) {
    if (!class_exists($class) && !interface_exists($class)) {
        $missingClass[strtolower($class)] = $class;
        continue;
    }
    $r = new ReflectionClass($class);
    foreach ($members['methods'] as $m) {
        if (!$r->hasMethod($m)) {
            // a static one is called as X::m(), which is resolved below; -> calls only instance ones
            in_array($m, $members['static'] ?? [], true) || $missingMember['m:' . strtolower($m)][] = "$class::$m()";
            $missingOf[strtolower($class)]['m:' . strtolower($m)] = "$class::$m()";
        }
    }
    foreach ($members['props'] as $p) {
        if (!$r->hasProperty($p)) {
            $missingMember['p:' . $p][] = "$class::\$$p";
            $missingOf[strtolower($class)]['p:' . $p] = "$class::\$$p";
        }
    }
    foreach ($members['consts'] as $c) {
        if (!$r->hasConstant($c)) {
            $missingMember['c:' . $c][] = "$class::$c";
            $missingOf[strtolower($class)]['c:' . $c] = "$class::$c";
        }
    }
}

// A name some of Workerman's classes have and ours too may well be called on one of those: only
// names that none of our classes with that Workerman class's name has are counted.
$have = [];
foreach ($api as $class => $members) {
    if (isset($missingClass[strtolower($class)])) {
        continue;
    }
    $r = new ReflectionClass($class);
    foreach ($members['methods'] as $m) {
        $r->hasMethod($m) && $have['m:' . strtolower($m)] = true;
    }
    foreach ($members['props'] as $p) {
        $r->hasProperty($p) && $have['p:' . $p] = true;
    }
}
$missingMember = array_diff_key($missingMember, $have);

$found = [];
foreach (array_slice($argv, 3) as $dir) {
    $files = is_file($dir) ? [new SplFileInfo($dir)]
        : new RecursiveIteratorIterator(new RecursiveDirectoryIterator($dir, FilesystemIterator::SKIP_DOTS));
    foreach ($files as $f) {
        $path = $f->getPathname();
        if ($f->getExtension() !== 'php' || str_contains($path, '/tests/')) {
            continue;
        }
        $tokens = PhpToken::tokenize(file_get_contents($path));
        $n = count($tokens);
        $imports = []; // short name => class, from the file's "use" lines
        for ($i = 0; $i < $n; $i++) {
            if ($tokens[$i]->is(T_USE) && ($tokens[$i + 2] ?? null)?->is(T_NAME_QUALIFIED)) {
                $full = $tokens[$i + 2]->text;
                $short = substr($full, strrpos($full, '\\') + 1);
                if (($tokens[$i + 4] ?? null)?->is(T_AS)) {
                    $short = $tokens[$i + 6]->text;
                }
                $imports[strtolower($short)] = strtolower($full);
            }
        }
        $loads = fn ($i) => (($tokens[$i - 2] ?? null)?->is([T_NEW, T_EXTENDS, T_IMPLEMENTS, T_INSTANCEOF]))
            || (($tokens[$i + 1] ?? null)?->is(T_DOUBLE_COLON) && !($tokens[$i + 2] ?? null)?->is(T_CLASS));
        $parent = null;
        for ($i = 0; $i < $n; $i++) {
            $t = $tokens[$i];
            if ($t->is(T_EXTENDS) && ($tokens[$i + 2] ?? null)?->is([T_STRING, T_NAME_QUALIFIED, T_NAME_FULLY_QUALIFIED])) {
                $e = strtolower(ltrim($tokens[$i + 2]->text, '\\'));
                $parent = $imports[$e] ?? $e;
            }
            $where = basename(dirname($path)) . '/' . basename($path) . ':' . $t->line;
            $prev = $tokens[$i - 1] ?? null;
            $prev2 = $tokens[$i - 2] ?? null;
            $isUse = $prev2 && $prev2->is(T_USE);
            $isClassConst = ($tokens[$i + 1] ?? null)?->is(T_DOUBLE_COLON) && ($tokens[$i + 2] ?? null)?->is(T_CLASS);
            if ($t->is(T_STRING) && isset($imports[strtolower($t->text)]) && $loads($i)
                && isset($missingClass[$imports[strtolower($t->text)]])) {
                $found[$missingClass[$imports[strtolower($t->text)]]] ??= $where;
            }
            if ($t->is([T_NAME_QUALIFIED, T_NAME_FULLY_QUALIFIED]) && !$isUse && !$isClassConst && $loads($i)) {
                $name = strtolower(ltrim($t->text, '\\'));
                if (isset($missingClass[$name])) {
                    $found[$missingClass[$name]] ??= $where;
                }
            }
            if ($t->is([T_OBJECT_OPERATOR, T_NULLSAFE_OBJECT_OPERATOR, T_DOUBLE_COLON])) {
                $j = $i + 1;
                $next = $tokens[$j] ?? null;
                if (!$next) {
                    continue;
                }
                $call = ($tokens[$j + 1] ?? null)?->text === '(';
                if ($next->is(T_VARIABLE) && $t->is(T_DOUBLE_COLON)) {
                    $key = 'p:' . substr($next->text, 1);
                } elseif ($next->is(T_STRING) || $next->is(T_CLASS)) {
                    if ($next->is(T_CLASS)) {
                        continue; // X::class names a class without loading it
                    }
                    $key = ($call ? 'm:' . strtolower($next->text) : ($t->is(T_DOUBLE_COLON) ? 'c:' : 'p:') . $next->text);
                } else {
                    continue;
                }
                if ($t->is(T_DOUBLE_COLON)) {
                    // X::member: only when X names a Workerman class (parent: the one extended)
                    $prev = $tokens[$i - 1];
                    $name = strtolower(ltrim($prev->text, '\\'));
                    $class = match (true) {
                        $prev->is(T_STRING) && $name === 'parent' => $parent,
                        $prev->is(T_STRING) => $imports[$name] ?? $name,
                        $prev->is([T_NAME_QUALIFIED, T_NAME_FULLY_QUALIFIED]) => $name,
                        default => null,
                    };
                    if ($class !== null && isset($missingOf[$class][$key])) {
                        $found[$missingOf[$class][$key]] ??= $where;
                    }
                } elseif (isset($missingMember[$key])) {
                    $found[implode(' / ', $missingMember[$key])] ??= $where;
                }
            }
        }
    }
}
foreach ($found as $what => $where) {
    echo "$what  (first at $where)\n";
}
