// A C library loaded when a command first needs it, not when codeset starts. libxml2, libgit2,
// libarchive and libxlsxwriter are 25 shared libraries with their dependencies (ICU, mbedtls,
// ssh2, the krb5 chain, lz4, minizip...), and mapping and relocating them cost every command 7 to
// 10 ms, a third of a lookup, though only imports, publishing and the xlsx report use them. Their
// wrappers reach their functions through this; nothing else does.
#pragma once

#include <string>

namespace codeset::detail {

class SharedLibrary {
public:
    // Loads the library by its soname (the build records the one it compiled against). Throws
    // Error(unsupported) naming the library and what needs it when the system lacks it.
    SharedLibrary(std::string soname, std::string needed_for);
    ~SharedLibrary();
    SharedLibrary(const SharedLibrary&) = delete;
    SharedLibrary& operator=(const SharedLibrary&) = delete;

    // The address of the function `name`, as a pointer of the type its header declares
    // (decltype(&::name)). Throws Error(unsupported) when this build of the library lacks it.
    template <class Function>
    Function function(const char* name) const {
        return reinterpret_cast<Function>(address(name));
    }

private:
    void* address(const char* name) const;

    std::string m_soname;
    std::string m_needed_for;
    void* m_handle = nullptr;
};

// The one copy per process of a wrapper's table of functions `Api` (a struct whose first member
// is the SharedLibrary `library`, the others declared with CODESET_LIBRARY_FUNCTION), loaded on
// first use, thread-safely, and kept to the end.
template <class Api>
const Api& loaded_once() {
    static const Api api;
    return api;
}

}  // namespace codeset::detail

// Declares, in a struct whose first member is the SharedLibrary `library`, a member `name` holding
// the library's function of that name with its declared type (wrappers list their functions as
// F(name) and expand the list with this).
#define CODESET_LIBRARY_FUNCTION(name) decltype(&::name) name = library.function<decltype(&::name)>(#name);
