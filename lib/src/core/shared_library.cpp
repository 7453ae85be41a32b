#include "core/shared_library.hpp"

#include "codeset/core/error.hpp"

#include <dlfcn.h>

namespace codeset::detail {

namespace {

std::string last_dl_error() {
    const char* text = dlerror();
    return text ? text : "unknown error";
}

}  // namespace

SharedLibrary::SharedLibrary(std::string soname, std::string needed_for)
    : m_soname(std::move(soname)), m_needed_for(std::move(needed_for)) {
    m_handle = dlopen(m_soname.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!m_handle)
        throw Error(ErrorCode::unsupported, "cannot load " + m_soname + ", which " + m_needed_for + " needs (" +
                                                last_dl_error() + "): install the package that provides it");
}

// Never unloaded: a library's own threads or atexit handlers may outlive the wrapper.
SharedLibrary::~SharedLibrary() = default;

void* SharedLibrary::address(const char* name) const {
    dlerror();
    void* found = dlsym(m_handle, name);
    if (!found)
        throw Error(ErrorCode::unsupported, m_soname + " has no function " + name + ", which " + m_needed_for +
                                                " needs (" + last_dl_error() + ")");
    return found;
}

}  // namespace codeset::detail
