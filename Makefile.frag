# Regenerate re2c parsers when re2c is present; the generated C files are committed.
$(srcdir)/src/proto/%.c: $(srcdir)/src/proto/%.re
	@if test -n "$(RE2C)" && command -v $(RE2C) >/dev/null; then \
		$(RE2C) $(RE2C_FLAGS) -W --no-generation-date -o $@ $<; \
	else \
		echo "re2c not found: using the committed $@"; \
	fi

format:
	clang-format -i $(srcdir)/php_wserver.h $(srcdir)/src/*.c $(srcdir)/src/*/*.c $(srcdir)/src/*/*.h
