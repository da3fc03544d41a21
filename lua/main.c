/* main.c -- the lede program: a Lua 5.4 host with lede preloaded.
 *   lede                    interactive REPL
 *   lede script.lua [args]  run a script (arg set as in lua5.4)
 *   lede -e 'code'          run code
 *   lede -                  run a script read from standard input
 *   lede COMMAND ...        run a command (report, quotes, ...), see lede --help */
#include "binding.h"
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#include <editline/readline.h>

/* ---- lede.host: what the REPL and the commands need from the host ----
 * isatty(fd), readline(prompt) -> line or nil at end of input,
 * add_history(line), read_history(path), write_history(path, max). Only the
 * lede program has it; lede.cli works without it (no progress, no editing). */
static int host_isatty(lua_State *L) {
  lua_pushboolean(L, isatty((int)luaL_checkinteger(L, 1)));
  return 1;
}

/* ---- Tab completion of names: "lede.sen<TAB>" -> "lede.sentences" ----
 * The word before the cursor is a path of names separated by '.' or ':'; the
 * candidates are the string keys of the table the path leads to (and of its
 * metatable's __index table, for methods). Only raw accesses: nothing here
 * may raise while libedit is on the C stack. */
static lua_State *complete_L;
static char **candidates;
static size_t n_candidates, next_candidate;

static void clear_candidates(void) {
  for (size_t i = next_candidate; i < n_candidates; i++) free(candidates[i]);
  free(candidates);
  candidates = NULL;
  n_candidates = next_candidate = 0;
}

static void add_candidate(const char *head, size_t headlen, const char *key) {
  char **grown = realloc(candidates, (n_candidates + 1) * sizeof *candidates);
  if (!grown) return;
  candidates = grown;
  size_t klen = strlen(key);
  char *c = malloc(headlen + klen + 1);
  if (!c) return;
  memcpy(c, head, headlen);
  memcpy(c + headlen, key, klen + 1);
  candidates[n_candidates++] = c;
}

/* Adds the keys of the table at the top that start with prefix. */
static void collect_keys(lua_State *L, const char *head, size_t headlen, const char *prefix) {
  size_t plen = strlen(prefix);
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) == LUA_TSTRING) {
      const char *k = lua_tostring(L, -1);
      if (strncmp(k, prefix, plen) == 0 && n_candidates < 500) add_candidate(head, headlen, k);
    }
  }
}

static void find_candidates(const char *text) {
  lua_State *L = complete_L;
  int top = lua_gettop(L);
  if (!lua_checkstack(L, 8)) return;
  lua_pushglobaltable(L);
  const char *part = text, *sep;
  while ((sep = strpbrk(part, ".:")) != NULL) {
    if (!lua_istable(L, -1) && !lua_isuserdata(L, -1)) break;
    if (lua_istable(L, -1)) {
      lua_pushlstring(L, part, (size_t)(sep - part));
      lua_rawget(L, -2);
    } else {
      lua_pushnil(L);
    }
    lua_remove(L, -2);
    part = sep + 1;
  }
  if (sep == NULL) {
    size_t headlen = (size_t)(part - text);
    if (lua_istable(L, -1)) collect_keys(L, text, headlen, part);
    if (lua_getmetatable(L, -1)) {
      lua_pushliteral(L, "__index");
      lua_rawget(L, -2);
      if (lua_istable(L, -1)) collect_keys(L, text, headlen, part);
    }
  }
  lua_settop(L, top);
}

static char *next_match(const char *text, int state) {
  if (state == 0) {
    clear_candidates();
    find_candidates(text);
  }
  if (next_candidate < n_candidates) return candidates[next_candidate++];  /* libedit frees it */
  return NULL;
}

static char **complete(const char *text, int start, int end) {
  (void)start; (void)end;
  rl_completion_append_character = '\0';
  return rl_completion_matches(text, next_match);
}

/* The line readline returned is kept in `pending` while Lua copies it, so that
 * a memory error raised by lua_pushstring leaks nothing: the next call frees it. */
static char *pending;

static int host_readline(lua_State *L) {
  const char *prompt = luaL_optstring(L, 1, "");
  free(pending);
  complete_L = L;
  rl_attempted_completion_function = complete;
  rl_basic_word_break_characters = " \t\n\"'`@$><=;|&{(,[+-*/%^~#";
  pending = readline(prompt);
  if (!pending) return 0;
  lua_pushstring(L, pending);
  free(pending);
  pending = NULL;
  return 1;
}

static int host_add_history(lua_State *L) {
  const char *line = luaL_checkstring(L, 1);
  if (*line) add_history(line);
  return 0;
}

static int host_read_history(lua_State *L) {
  lua_pushboolean(L, read_history(luaL_checkstring(L, 1)) == 0);
  return 1;
}

static int host_write_history(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  int max = (int)luaL_optinteger(L, 2, 1000);
  int ok = write_history(path) == 0;
  if (ok && max > 0) history_truncate_file(path, max);
  lua_pushboolean(L, ok);
  return 1;
}

/* Ctrl-C while the REPL runs code: as lua.c does, the signal handler only sets
 * a hook, and the hook raises "interrupted!" in the running Lua code. */
static lua_State *interrupt_L;

static void interrupt_hook(lua_State *L, lua_Debug *ar) {
  (void)ar;
  lua_sethook(L, NULL, 0, 0);
  luaL_error(L, "interrupted!");
}

static void on_sigint(int sig) {
  signal(sig, SIG_DFL);  /* a second Ctrl-C ends the program */
  lua_sethook(interrupt_L, interrupt_hook, LUA_MASKCALL | LUA_MASKRET | LUA_MASKCOUNT, 1);
}

/* interruptible(on): while on, Ctrl-C raises an error in the running code. */
static int host_interruptible(lua_State *L) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sigemptyset(&sa.sa_mask);
  sa.sa_handler = lua_toboolean(L, 1) ? on_sigint : SIG_DFL;
  interrupt_L = L;
  sigaction(SIGINT, &sa, NULL);
  return 0;
}

static int open_host(lua_State *L) {
  static const luaL_Reg funcs[] = {
    {"isatty", host_isatty}, {"readline", host_readline}, {"add_history", host_add_history},
    {"read_history", host_read_history}, {"write_history", host_write_history},
    {"interruptible", host_interruptible}, {NULL, NULL}};
  luaL_newlib(L, funcs);
  return 1;
}

static int msghandler(lua_State *L) {
  const char *msg = lua_tostring(L, 1);
  if (msg == NULL) {
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) return 1;
    msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  }
  luaL_traceback(L, L, msg, 1);
  return 1;
}

/* Runs the function at the top with nargs below it; reports an error. */
static int docall(lua_State *L, int nargs, int nres) {
  int base = lua_gettop(L) - nargs;
  lua_pushcfunction(L, msghandler);
  lua_insert(L, base);
  int status = lua_pcall(L, nargs, nres, base);
  lua_remove(L, base);
  if (status != LUA_OK) {
    fprintf(stderr, "lede: %s\n", lua_tostring(L, -1));
    lua_pop(L, 1);
  }
  return status;
}

/* arg = { [0] = script, [1..] = args, [negative] = interpreter and options } */
static void create_arg_table(lua_State *L, char **argv, int argc, int script) {
  lua_createtable(L, argc - script - 1, script + 1);
  for (int i = 0; i < argc; i++) {
    lua_pushstring(L, argv[i]);
    lua_rawseti(L, -2, i - script);
  }
  lua_setglobal(L, "arg");
}

static int push_script_args(lua_State *L) {
  lua_getglobal(L, "arg");
  int n = (int)luaL_len(L, -1);
  luaL_checkstack(L, n + 3, "too many arguments to script");
  for (int i = 1; i <= n; i++) lua_rawgeti(L, -i, i);
  lua_remove(L, -n - 1);
  return n;
}

static int run_script(lua_State *L, const char *fname) {
  if (fname && strcmp(fname, "-") == 0) fname = NULL;  /* stdin */
  int status = luaL_loadfile(L, fname);
  if (status != LUA_OK) {
    fprintf(stderr, "lede: %s\n", lua_tostring(L, -1));
    lua_pop(L, 1);
    return status;
  }
  int n = push_script_args(L);
  return docall(L, n, 0);
}

/* Commands and the REPL are written in Lua (lede.cli); exit status comes back. */
static int run_cli(lua_State *L, const char *entry, int argc, char **argv, int first) {
  lua_getglobal(L, "require");
  lua_pushstring(L, "lede.cli");
  if (docall(L, 1, 1) != LUA_OK) return 2;
  lua_getfield(L, -1, entry);
  lua_remove(L, -2);
  lua_createtable(L, argc - first, 0);
  for (int i = first; i < argc; i++) {
    lua_pushstring(L, argv[i]);
    lua_rawseti(L, -2, i - first + 1);
  }
  if (docall(L, 1, 1) != LUA_OK) return 1;
  int code = lua_isinteger(L, -1) ? (int)lua_tointeger(L, -1) : 0;
  lua_pop(L, 1);
  return code;
}

/* True when name is a command that lede.cli knows (a module lede.cmd.<name>). */
static int is_command(lua_State *L, const char *name) {
  if (!*name || strchr(name, '.') || strchr(name, '/')) return 0;
  lua_getfield(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
  lua_pushfstring(L, "lede.cmd.%s", name);
  lua_gettable(L, -2);
  int yes = !lua_isnil(L, -1);
  lua_pop(L, 2);
  return yes;
}

/* A bare word that is no file ("lede frobnicate") is a mistyped command, not a script. */
static int looks_like_command(const char *name) {
  struct stat st;
  if (strcmp(name, "-") == 0 || strchr(name, '.') || strchr(name, '/')) return 0;
  return stat(name, &st) != 0;
}

static int pmain(lua_State *L) {
  int argc = (int)lua_tointeger(L, 1);
  char **argv = (char **)lua_touserdata(L, 2);
  luaL_openlibs(L);
  luaL_requiref(L, "lede", luaopen_lede, 1);
  lua_pop(L, 1);
  luaL_requiref(L, "lede.host", open_host, 0);
  lua_pop(L, 1);
  int code = 0;
  if (argc < 2) {
    create_arg_table(L, argv, argc, 0);
    code = run_cli(L, "repl", argc, argv, 1);
  } else if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-v") == 0) {
    printf("lede %s (%s)\n", LEDE_VERSION, LUA_RELEASE);
  } else if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
             strcmp(argv[1], "help") == 0) {
    code = run_cli(L, "help", argc, argv, 2);
  } else if (strcmp(argv[1], "-e") == 0) {
    if (argc < 3) { fprintf(stderr, "lede: '-e' needs an argument\n"); code = 2; }
    else {
      create_arg_table(L, argv, argc, 2);
      code = (luaL_loadbuffer(L, argv[2], strlen(argv[2]), "=(command line)") == LUA_OK)
                 ? (docall(L, 0, 0) == LUA_OK ? 0 : 1)
                 : (fprintf(stderr, "lede: %s\n", lua_tostring(L, -1)), 1);
    }
  } else if (is_command(L, argv[1])) {
    create_arg_table(L, argv, argc, 1);
    code = run_cli(L, "command", argc, argv, 1);
  } else if (argv[1][0] == '-' && argv[1][1] != '\0') {
    fprintf(stderr, "lede: unknown option '%s' (see lede --help)\n", argv[1]);
    code = 2;
  } else if (looks_like_command(argv[1])) {
    fprintf(stderr, "lede: unknown command '%s' (see lede --help)\n", argv[1]);
    code = 2;
  } else {
    create_arg_table(L, argv, argc, 1);
    code = run_script(L, argv[1]) == LUA_OK ? 0 : 1;
  }
  lua_pushinteger(L, code);
  return 1;
}

int main(int argc, char **argv) {
  lua_State *L = luaL_newstate();
  if (!L) { fprintf(stderr, "lede: cannot create Lua state: not enough memory\n"); return 1; }
  lua_pushcfunction(L, pmain);
  lua_pushinteger(L, argc);
  lua_pushlightuserdata(L, argv);
  int status = lua_pcall(L, 2, 1, 0);
  int code = 1;
  if (status != LUA_OK) fprintf(stderr, "lede: %s\n", lua_tostring(L, -1));
  else code = (int)lua_tointeger(L, -1);
  fflush(stdout);
  lua_close(L);
  return code;
}
