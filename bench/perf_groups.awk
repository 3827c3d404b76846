#!/usr/bin/awk -f
# Groups `perf report --no-children --sort dso,sym --stdio` lines ("  12.34%  dso  [.] symbol")
# into the parts of a request's path, for bench/issue12.sh:
#   perf_groups.awk SYMBOL_MAP PERF_TXT
# SYMBOL_MAP: "symbol path/file.c:line" lines (`nm -l --defined-only wserver.so`), so that
# wserver.so's symbols, static ones included, are told apart by folder (src/core, src/proto,
# src/php). Prints "percent  group" largest first, then wserver.so by source file.
function group(dso, sym,  f) {
	if (dso ~ /kernel/) return "kernel (syscalls, loopback TCP, scheduling)"
	if (dso ~ /libev/) return "libev"
	if (dso == "limit") return "the limit server's own code"
	if (dso ~ /wserver/) {
		f = file[sym]
		if (f ~ /src\/core\//) return "wserver C core (src/core)"
		if (f ~ /src\/proto\//) return "wserver protocols (src/proto)"
		if (f ~ /src\/php\//) return "wserver binding (src/php)"
		if (sym ~ /@plt$|^0x/) return "wserver.so PLT stubs (calls to exported symbols, in-library too)"
		return "wserver.so, other"
	}
	if (dso ~ /^php/) {
		if (sym ~ /fiber|observer/) return "Zend Fiber switch (zend_fiber_*, observers)"
		if (sym ~ /^ZEND_|execute_ex|zend_vm|^execute/) return "Zend VM (execute_ex, opcode handlers)"
		if (sym ~ /zend_call_|zend_is_callable|zend_fcall/) return "Zend function calls (zend_call_function...)"
		if (sym ~ /alloc|_efree|_emalloc|zend_mm|_erealloc/) return "Zend memory manager"
		if (sym ~ /object|gc_|zval_ptr_dtor|rc_dtor|destroy|free_obj/) return "Zend objects, refcounts, GC"
		if (sym ~ /hash|string|zend_str|smart_str|interned/) return "Zend hashes and strings"
		return "php, other"
	}
	if (dso ~ /^libc/) return "libc (memcpy, malloc...)"
	return "other (" dso ")"
}
FNR == NR { f = $2; sub(/:[0-9]+$/, "", f); sub(/.*\/src\//, "src/", f); file[$1] = f; next }
$1 ~ /%$/ {
	p = $1; sub(/%/, "", p); g[group($2, $4)] += p
	if ($2 ~ /wserver/) byfile[file[$4] == "" ? "PLT stubs, unresolved" : file[$4]] += p
}
END {
	for (k in g) printf "%6.2f%%  %s\n", g[k], k | "sort -rn"
	close("sort -rn")
	for (k in byfile) if (byfile[k] >= 0.5) printf "%6.2f%%    wserver.so: %s\n", byfile[k], k | "sort -rn"
}
