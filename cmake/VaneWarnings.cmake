# vane_set_warnings(target): the project's warning set, errors when VANE_WERROR is on.
# (-Wnull-dereference is left out: with g++ 12 at -O2 it fires on libstdc++ internals.)
function(vane_set_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wcast-align -Wimplicit-fallthrough
    $<$<COMPILE_LANGUAGE:CXX>:-Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual>)
  if(VANE_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
