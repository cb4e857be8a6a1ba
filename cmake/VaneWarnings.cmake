# vane_set_warnings(target): the project's warning set, errors when VANE_WERROR is on.
function(vane_set_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
  if(VANE_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
